/**
 * The Hindi table (src/phi/languages/hi.ts, numbers in hindustani-numbers.ts), in Devanagari and in Hindustani
 * romanised as SMS writes it: phone numbers said in number words, ages of 90 and over in words with साल, वर्ष or
 * "saal", dates with a month, names after a self or relation cue and after thanks are redacted; a clinical message
 * without PHI (symptoms, doses, vitals, durations) keeps every word.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const sms = (text: string): string => scrubText(text, { channel: 'sms' }).text
const voice = (text: string): string => scrubText(text, { channel: 'voice' }).text

describe('Hindi table', () => {
  // The first scrub loads the lexicon and compiles the tables.
  beforeAll(() => void sms('नमस्ते'), 60_000)

  it('redacts a phone number said digit by digit, whole', () => {
    expect(voice('मेरा नंबर नौ आठ सात छह पाँच चार तीन दो एक शून्य है')).toBe('मेरा नंबर [PHONE] है')
    expect(sms('मेरा फ़ोन नंबर नौ एक सात चार चार पाँच छह एक एक नौ है')).toBe('मेरा फ़ोन नंबर [PHONE] है')
    // "do" and "teen" (two, three) are English words and not read: the number here has neither.
    expect(voice('mera number nau aath saat chhe paanch char ek shunya char paanch hai')).toBe(
      'mera number [PHONE] hai',
    )
    expect(sms('mera phone number hai nau ek saat chaar chaar paanch chhe ek ek nau')).toBe(
      'mera phone number hai [PHONE]',
    )
  })

  it('redacts a phone number said digit by digit with two and three (do, teen) and zero', () => {
    expect(voice('मेरा नंबर दो आठ एक तीन छह नौ सात दो चार पाँच है')).toBe('मेरा नंबर [PHONE] है')
    expect(voice('mera number do aath ek paanch saat chhe nau aath do teen hai')).toBe('mera number [PHONE] hai')
    expect(voice('mera number nau saat zero do aath ek teen chaar paanch chhe')).toBe('mera number [PHONE]')
    expect(voice('mera number hai nau aath saat do teen ek char paanch chhe shunya')).toBe('mera number hai [PHONE]')
  })

  it('reads do, teen and das as numbers only beside another number', () => {
    for (const text of [
      'mujhe do din se bukhar hai',
      'main din mein do baar teen goli leti hoon',
      'mujhe das din se khansi hai aur do hafte se bukhar',
      'I do not know what to do with two teen boys',
      'Please do ten reps, das ist gut',
    ])
      expect(sms(text)).toBe(text)
  })

  it('redacts a day said with तारीख and no month', () => {
    expect(sms('मेरी अपॉइंटमेंट अठारह तारीख को है')).toBe('मेरी अपॉइंटमेंट [DATE] को है')
    expect(sms('मेरी अपॉइंटमेंट उन्नीस तारीख को है')).toBe('मेरी अपॉइंटमेंट [DATE] को है')
    expect(sms('मेरी अपॉइंटमेंट 18 तारीख को है')).toBe('मेरी अपॉइंटमेंट [DATE] को है')
    expect(sms('meri appointment athara tarikh ko hai')).toBe('meri appointment [DATE] ko hai')
    expect(sms('ekkis tarik ko appointment hai')).toBe('[DATE] ko appointment hai')
  })

  it('redacts a romanised date with the year said in words', () => {
    expect(sms('meri date of birth das july unni sau sattar hai')).toBe('meri date of birth [DATE:1970] hai')
    expect(sms('mera janam das july unni sau sattar ko hua')).toBe('mera janam [DATE:1970] ko hua')
    // तारीख after जन्म is the birth cue, not a day marker: the year stays with the date and tells the age.
    expect(sms('मेरी जन्म तारीख 15 मार्च 1931 है')).toBe('मेरी जन्म तारीख [DATE:AGE90PLUS] है')
    expect(sms('meri janam tarikh 10 july 1970 hai')).toBe('meri janam tarikh [DATE:1970] hai')
  })

  it('reads जी, ji, sahab, bhai, behen, baji after a name as part of it', () => {
    expect(sms('नमस्ते राकेश जी')).toBe('नमस्ते [NAME]')
    expect(sms('नमस्ते प्रिया जी, कैसी हैं')).toBe('नमस्ते [NAME], कैसी हैं')
    expect(sms('मेरा नाम प्रिया जी है')).toBe('मेरा नाम [NAME] है')
    expect(sms('मेरे पति राकेश जी को बुखार है')).toBe('मेरे पति [NAME] को बुखार है')
    expect(sms('namaste Rakesh ji, meri ammi ki tabiyat kharab hai')).toBe(
      'namaste [NAME], meri ammi ki tabiyat kharab hai',
    )
    expect(sms('assalam walaikum Imran bhai')).toBe('assalam walaikum [NAME]')
    expect(sms('shukriya Nasreen baji')).toBe('shukriya [NAME]')
    expect(sms('meri beti Sana behen ko bukhar hai')).toBe('meri beti [NAME] ko bukhar hai')
  })

  it('redacts an age of ninety or more said in words, and keeps eighty-nine', () => {
    expect(sms('मेरे दादा जी की उम्र पंचानवे साल है')).toBe('मेरे दादा जी की उम्र [AGE:90PLUS] है')
    expect(sms('meri dadi chhiyaanve saal ki hain')).toBe('meri dadi [AGE:90PLUS] hain')
    expect(sms('मेरी माँ की उम्र बानवे साल है')).toBe('मेरी माँ की उम्र [AGE:90PLUS] है')
    expect(sms('मेरे पिता की उम्र इक्यानवे साल है')).toBe('मेरे पिता की उम्र [AGE:90PLUS] है')
    expect(sms('मेरी नानी निन्यानवे वर्ष की हैं')).toBe('मेरी नानी [AGE:90PLUS] की हैं')
    expect(sms('मेरी दादी नवासी साल की हैं')).toBe('मेरी दादी नवासी साल की हैं')
    expect(sms('meri ammi ki umar baanve saal hai')).toBe('meri ammi ki umar [AGE:90PLUS] hai')
    expect(sms('meri nani nabbe saal ki hain aur bimar hain')).toBe('meri nani [AGE:90PLUS] hain aur bimar hain')
    expect(sms('mere abbu ki umar ikyaanve saal hai')).toBe('mere abbu ki umar [AGE:90PLUS] hai')
    expect(sms('meri ammi navaasi saal ki hain')).toBe('meri ammi navaasi saal ki hain')
  })

  it('redacts dates with a month', () => {
    expect(sms('मेरा जन्म 15 मार्च 1958 को हुआ')).toBe('मेरा जन्म [DATE:1958] को हुआ')
    expect(sms('जन्म तिथि 3 फ़रवरी 1950')).toBe('जन्म तिथि [DATE:1950]')
    expect(sms('जन्म तिथि 3 फरवरी 1950')).toBe('जन्म तिथि [DATE:1950]')
    expect(sms('मेरी अपॉइंटमेंट 12 दिसंबर को है')).toBe('मेरी अपॉइंटमेंट [DATE] को है')
    expect(sms('meri date of birth 3 july 1949 hai')).toBe('meri date of birth [DATE:1949] hai')
  })

  it('redacts the name after a self cue', () => {
    expect(sms('नमस्ते, मेरा नाम सुनीता वर्मा है')).toBe('नमस्ते, मेरा नाम [NAME] है')
    expect(sms('मेरा नाम सुनीता वर्मा है')).toBe('मेरा नाम [NAME] है')
    expect(sms('mera naam Rahul Verma hai')).toBe('mera naam [NAME] hai')
  })

  it('redacts the name after a relation cue', () => {
    expect(sms('मेरी बेटी प्रिया को बुख़ार है')).toBe('मेरी बेटी [NAME] को बुख़ार है')
    expect(sms('मेरे बेटे राहुल को खांसी है')).toBe('मेरे बेटे [NAME] को खांसी है')
    expect(sms('मेरे पति राकेश को सांस की तकलीफ़ है')).toBe('मेरे पति [NAME] को सांस की तकलीफ़ है')
    expect(sms('meri beti Ayesha ko bukhar hai')).toBe('meri beti [NAME] ko bukhar hai')
    expect(sms('mere shohar Imran ko saans ki takleef hai')).toBe('mere shohar [NAME] ko saans ki takleef hai')
  })

  it('redacts a name signed after thanks', () => {
    expect(sms('धन्यवाद, सुनीता')).toBe('धन्यवाद, [NAME]')
    expect(sms('shukriya, Nasreen')).toBe('shukriya, [NAME]')
  })

  it('keeps a clinical message without PHI: symptoms, doses, vitals, durations, weekdays', () => {
    for (const text of [
      'मुझे दो दिन से बुखार है और सिर में दर्द है',
      'मुझे तीन दिन से खांसी और बुखार है',
      'मैं 500 मिलीग्राम की गोली दिन में दो बार लेता हूँ',
      'बीपी 140/90 है और शुगर 180 है',
      'मेरी अपॉइंटमेंट सोमवार को सुबह दस बजे है',
      'मेरी माँ को पेट में दर्द है और उल्टी हो रही है',
      'डॉक्टर साहब, क्या मैं सोमवार को आ सकती हूँ?',
      'mujhe do din se bukhar hai aur sar mein dard hai',
      'mujhe teen din se khansi aur bukhar hai',
      'BP 140/90 hai aur sugar 180 hai',
      'meri appointment somvaar ko subah das baje hai',
      'main paracetamol 500 mg din mein do baar leti hoon',
      'मुझे दस दिन से खांसी है',
    ])
      expect(sms(text)).toBe(text)
  })
})
