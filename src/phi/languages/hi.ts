import { HI_NUMBERS, hindiForms, kin, romanForms } from './hindustani-numbers'
import type { LanguageTable } from './types'
import { DEVANAGARI_LETTER_NAMES } from './devanagari-letters'

const W = (s: string): string[] => s.normalize('NFKC').split(' ')
/** A list in Devanagari, or romanised ("a" to "z"), with their spellings. */
const P = (s: string): string[] => s.split(',').flatMap((x) => (/[a-z]/.test(x) ? romanForms(x) : hindiForms(x)))
const DOSE = P('गोली,गोलियां,बार,चम्मच,goli,goliyan,baar,dafa')

/** Hindi in Devanagari and romanised Hindustani, by hand. Names (आशा, किरण, raja, sona, karan, lena) are not words. */
// biome-ignore format: packed table
export const hi: LanguageTable = {
  code: 'hi',
  name: 'Hindi',
  script: 'devanagari',
  months: W('जनवरी फ़रवरी मार्च अप्रैल,अप्रेल मई जून जुलाई अगस्त सितंबर,सितम्बर अक्टूबर,अक्तूबर नवंबर,नवम्बर दिसंबर,दिसम्बर').map(P),
  weekdays: W('सोमवार,somvaar मंगलवार,mangalvaar बुधवार,budhvaar गुरुवार,वीरवार,guruvaar,jumeraat शुक्रवार,shukravaar,jumma शनिवार,shanivaar,sanichar रविवार,इतवार,ravivaar,itvaar').map(P),
  numbers: HI_NUMBERS,
  ordinals: { पहली: 1, pehli: 1 },
  yearsOld: P('साल,साल_की,साल_का,वर्ष,बरस,saal,saal_ki,saal_ka,saal_ki_hai,saal_ka_hai,baras,varsh'),
  ageBefore: P('उम्र,की_उम्र,ki_umar,ki_umr,meri_umar,umr'),
  dateMarkers: {
    // Not तारीख: "जन्म तारीख 15 मार्च 1958" is a birth cue, then the date with its year.
    dayBefore: P('दिनांक'),
    dayAfter: P('तारीख़,taareekh,tarik,tareek'),
    monthBefore: [],
    monthAfter: [],
    yearBefore: ['सन'],
    yearAfter: [],
  },
  dateJoiners: ['की', 'ki'],
  numericOrder: 'dmy',
  selfCues: P('मेरा_नाम,mera_naam,mera_nam,mareez_ka_naam'),
  relationCues: [
    ...kin('बेटा बेटे पति पिता पापा भाई नाना दादा बच्चा दोस्त', 'बेटी पत्नी माँ मां मम्मी बहन नानी दादी सास बहू दोस्त', 'मेरा मेरे मेरी', P),
    ...kin('beta bete shohar pati abbu papa bhai nana dada bachcha dost', 'beti biwi ammi maa mummy behen nani dadi saas bahu khala begum dost', 'mera mere meri', P),
  ],
  titlesBefore: P('डॉ,डॉक्टर,daktar,janab,shri,shrimati,haji'),
  titlesAfter: P('जी,साहब,साहिब,भाई,भैया,बहन,दीदी,बाजी,ji,jee,behen,sahab,sahib,saab,begum,bibi,baji,bhai,bhaiya,didi'),
  signOffs: P('शुक्रिया,बहुत_धन्यवाद,shukriya,shukria,bahut_shukriya,allah_hafiz,khuda_hafiz'),
  familyNames: P('वर्मा,गुप्ता,सिंह,पटेल,मेहता,मिश्रा,पांडे,चौहान,जैन,कपूर,खन्ना,दास,ख़ान,persaud,maharaj'),
  givenNames: P('राहुल,अमित,मनोज,सुनील,रवि,मोहन,प्रिया,पूजा,नेहा,सुनीता,किरण,रेखा,रानी,मोहम्मद,अली,फ़ातिमा,आयशा'),
  nameParticles: [],
  words: W(
    'मैं कैसी कैसा कैसे आना आऊं मुझे आपको को से ने में लेकिन हाँ क्या कैसे है हैं हूँ रहा रही रहे कुछ बाद लिए करना' +
      ' गया हुआ हुई दें दिया आया सकता सकती लेता लेती होता होती लगता लगती ज़रूरत बात अभी फिर सुबह शाम रात ज़्यादा थोड़ा ठीक अच्छा ख़राब कृपया मदद पानी' +
      ' दर्द खांसी ज़ुकाम उल्टी चक्कर सिर पेट छाती कमर गला दांत कान आंख पैर हाथ ख़ून पेशाब मधुमेह ब्लड प्रेशर दवा' +
      ' दवाई इंजेक्शन अस्पताल टेस्ट रिपोर्ट इलाज बीमार मरीज़ तबीयत सांस तकलीफ़ सूजन खुजली कमज़ोरी नींद अपॉइंटमेंट mein' +
      ' hum aap tum woh yeh hamara hamari aapka aapki mujhe aapko ko se ne par tak aur lekin bhi' +
      ' nahi nahin haan kya kyun kab kahan kaise kaun kitna hua hui hamare aana jana kaisi kaisa hain hoon raha rahi rahe kuch baad liye kar karein' +
      ' karne kiya gaya gayi hue dein diya aaya sakta sakti leti karti lagta lagti zaroorat baat abhi phir aaj kal subah shaam raat bohat zyada' +
      ' thoda theek acha achha kharab assalam walaikum namaste inshallah plz ghar madad paani dard khansi' +
      ' zukam nazla ulti chakkar sar seena kamar gala daant aankh haath khoon peshab dawa dawai aspatal ilaj' +
      ' bimar tabiyat takleef saans khujli kamzori neend' +
      ' खत्म नई नया नए पर्ची भेज भेजें भेजिए दीजिए कीजिए घबराहट सीने सीना जलन पिताजी माताजी इंसुलिन चाहिए चाहता चाहती फार्मेसी नहीं मिल मिली मिलेगी' +
      ' अपनी अपना अपने अगले अगली पिछले हफ्ते हफ़्ता बच्चे बच्चा बच्ची दस्त खाना खा पीना रहा दिक्कत परेशानी बुखार सर्दी जांच ऑपरेशन नर्स फ़ोन कॉल मैसेज' +
      ' नंबर आज परसों बताइए बताएं हम आप तुम वह वो यह ये हमारा हमारी आपका आपकी उनका उनकी उसका उसकी और भी पर तक कब कहाँ क्यों कौन कितना कितनी नहीं' +
      ' जल्दी देर समय वक्त दिन दोपहर बहुत कम हल्का दवाइयाँ गोलियाँ थकान चोट गिर गिरे गिरी घाव टांके एलर्जी दमा इन्हेलर सिरप क्रीम रिफिल बीमा घर पहुँच' +
      ' आए आई आएगा जाएगा लेकर साथ' +
      ' khatam nayi naya naye parchi bhej bhejein bhejiye dijiye kijiye ghabrahat seene seena jalan pitaji mataji insulin chahiye chahta chahti' +
      ' pharmacy apni apna apne agle agli pichle hafte hafta bachche bachcha bachchi dast khana kha pina dikkat pareshani bukhar sardi jaanch' +
      ' parson bataiye batayein batao dhanyavaad unka unki uska uski kitni jaldi samay waqt dopahar kam halka dawaiyan goliyan thakan chot gire giri' +
      ' ghaav tanke allergy dama inhaler syrup refill bima pahunch aaye aayi aayega jayega lekar',
  ).flatMap(P),
  wordEndings: W('ं ँ ेगा ेगी िए इए ते enge unga ungi oge ogi iye'),
  unitsAfter: [...DOSE, ...P('मिलीग्राम,ग्राम,किलो,डिग्री,दिन,हफ़्ते,महीने,घंटे,मिनट,बजे,din,hafte,mahine,ghante,baje')],
  doseUnits: DOSE,
  cuesBefore: P('बीपी,शुगर,बुख़ार,वज़न,कमरा,sugar,bukhar,wazan,kamra'),
  streetWords: P('गली,सड़क,रोड,gali,sadak'),
  addressCues: P('मेरा_पता,mera_pata'),
  birthCues: P('जन्म_तारीख़,janam_tareekh,जन्म_तिथि,जन्मतिथि,पैदाइश,janam_tithi,paidaish'),
  phoneCues: P('मेरा_नंबर,फ़ोन_नंबर,mera_number,mera_phone_number'),
  numericDateBefore: P('तारीख़,tareekh'),
  holidays: P('दिवाली'),
  letterNames: DEVANAGARI_LETTER_NAMES,
}
