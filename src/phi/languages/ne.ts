import { NE_NUMBERS, NE_RUN_NUMBERS } from './ne-numbers'
import type { LanguageTable } from './types'
import { DEVANAGARI_LETTER_NAMES } from './devanagari-letters'

/**
 * Nepali, as Nepali speakers in the US write it (Bhutanese-Nepali refugee families among them): in Devanagari and
 * romanised the way SMS writes it ("mero naam", "ek dui tin"). Written by hand: Gregorian months as Nepali writes
 * them and the Bikram Sambat months (placed at the Gregorian month they mostly fall in; the month names that are also
 * given names, श्रावण, कार्तिक, फाल्गुन, चैत्र, left out), weekdays, cardinals (ne-numbers.ts), day ordinals, cues,
 * titles, common given and family names of Nepali, Bhutanese-Nepali (Lhotshampa) and Newar, Gurung, Magar, Rai,
 * Limbu, Tamang families (from memory, no real person), everyday and clinical words. Words that are also given names
 * (आशा hope, ज्योति light, माया love, शान्ति peace, सपना dream, कमल lotus, दीपक lamp, प्रकाश light, तारा star, मन
 * mind) are only in the name lists. Postpositions written onto a word (अस्पतालमा, आमालाई, डाक्टरको) are read as
 * inflections of the word they follow.
 */
// biome-ignore format: packed table
export const ne: LanguageTable = {
  code: "ne",
  name: "Nepali",
  script: "devanagari",
  months: [
    ["जनवरी", "जनवरि", "जन्वरी", "जनवरीमा", "माघ", "magh"],
    ["फेब्रुअरी", "फेब्रुवरी", "फेब्रवरी", "फेब्रुअरि", "फेब्रुअरीमा", "फागुन"],
    ["मार्च", "मार्चमा", "चैत", "chait"],
    ["अप्रिल", "एप्रिल", "अप्रैल", "अप्रिलमा", "बैशाख", "वैशाख", "बैसाख", "baisakh", "baishakh"],
    ["मे महिना", "मे महिनामा", "मेमा", "जेठ", "जेष्ठ", "jeth"],
    ["जुन", "जून", "जुनमा", "असार", "आषाढ", "asar", "asadh"],
    ["जुलाई", "जुलाइ", "जुलाईमा", "साउन", "saun"],
    ["अगस्ट", "अगस्त", "अगष्ट", "अगस्टमा", "भदौ", "bhadau"],
    ["सेप्टेम्बर", "सेप्टेम्बर", "सेप्टेंबर", "सेप्टेम्बरमा", "असोज", "आश्विन", "asoj"],
    ["अक्टोबर", "अक्टुबर", "अक्टोबरमा", "कात्तिक", "kattik"],
    ["नोभेम्बर", "नोवेम्बर", "नोभेम्बरमा", "मंसिर", "मङ्सिर", "mangsir"],
    ["डिसेम्बर", "डिसेंबर", "डिसेम्बरमा", "पुस", "पौष", "पुष", "poush"],
  ],
  weekdays: [
    ["सोमबार", "सोमवार", "सोमबारमा", "सोमबारदेखि", "sombar", "sombaar", "somabar"],
    ["मंगलबार", "मङ्गलबार", "मंगलवार", "मङ्गलवार", "मंगलबारमा", "mangalbar", "mangalbaar"],
    ["बुधबार", "बुधवार", "बुधबारमा", "budhbar", "budhabar", "budhbaar"],
    ["बिहीबार", "बिहिबार", "बिहीवार", "बृहस्पतिबार", "बिहीबारमा", "bihibar", "bihibaar", "bihivar"],
    ["शुक्रबार", "शुक्रवार", "सुक्रबार", "शुक्रबारमा", "sukrabar", "shukrabar", "sukrabaar", "shukrabaar"],
    ["शनिबार", "शनिवार", "सनिबार", "शनिबारमा", "sanibar", "shanibar", "sanibaar", "shanibaar"],
    ["आइतबार", "आइतवार", "आईतबार", "आइतबारमा", "aaitabar", "aitabar", "aaitbar", "aitbar", "aaitabaar"],
  ],
  numbers: NE_NUMBERS,
  numbersInRuns: NE_RUN_NUMBERS,
  ordinals: {
    "पहिलो": 1, "दोस्रो": 2, "तेस्रो": 3, "चौथो": 4, "पाँचौँ": 5, "पाँचौं": 5, "छैटौँ": 6, "छैटौं": 6, "सातौँ": 7,
    "सातौं": 7, "आठौँ": 8, "आठौं": 8, "नवौँ": 9, "नवौं": 9, "दशौँ": 10, "दशौं": 10, "दसौँ": 10, "एघारौँ": 11,
    "बाह्रौँ": 12, "तेह्रौँ": 13, "चौधौँ": 14, "पन्ध्रौँ": 15, "सोह्रौँ": 16, "सत्रौँ": 17, "अठारौँ": 18,
    "उन्नाइसौँ": 19, "बीसौँ": 20, "एक्काइसौँ": 21, "बाइसौँ": 22, "तेइसौँ": 23, "चौबीसौँ": 24, "पच्चीसौँ": 25,
    "छब्बीसौँ": 26, "सत्ताइसौँ": 27, "अट्ठाइसौँ": 28, "उनन्तीसौँ": 29, "तीसौँ": 30, "एकतीसौँ": 31,
    "pahilo": 1, "dosro": 2, "tesro": 3, "chautho": 4
  },
  yearsOld: [
    "वर्ष", "वर्षको", "वर्षकी", "वर्षका", "वर्षकि", "बर्ष", "बर्षको", "बर्षकी", "बर्सको", "बर्सकी", "बर्ष पुगे",
    "वर्ष पुग्नुभयो", "सालको", "सालकी", "महिनाको", "महिनाकी", "barsa", "barsha", "barsako", "barshako", "barsaki",
    "barshaki", "barsa ko", "barsa ki", "barsh", "salko", "saalko", "salki", "saalki", "mahinako", "years", "yrs"
  ],
  ageBefore: [
    "उमेर", "मेरो उमेर", "उहाँको उमेर", "उसको उमेर", "उनको उमेर", "आमाको उमेर", "बुवाको उमेर", "उमेर:", "उमेर भयो",
    "umer", "mero umer", "uhako umer", "uhaako umer", "usko umer"
  ],
  dateMarkers: {
    dayBefore: ["मिति", "miti"],
    dayAfter: ["गते", "गतेको", "गतेदेखि", "गतेसम्म", "gate", "gatey", "gateko"],
    monthBefore: [],
    monthAfter: [],
    yearBefore: ["सन्", "सन", "वि सं", "विसं", "बि सं", "ईस्वी", "इस्वी"],
    yearAfter: ["साल", "सालमा", "सालदेखि", "सालको", "sal ma", "salma"],
  },
  numericDateBefore: ["मिति", "भेट", "अपोइन्टमेन्ट", "जन्म", "जन्मेको", "जन्मिएको", "भर्ना", "डिस्चार्ज"],
  dateJoiners: ["को", "ko"],
  numericOrder: "dmy",
  selfCues: [
    "मेरो नाम", "मेरो नाउँ", "मेरो नाम चाहिँ", "मेरो पुरा नाम", "मेरो पूरा नाम", "नाम", "बिरामीको नाम",
    "mero naam", "mero nam", "mero name", "mero nau", "mero naau", "mero pura naam", "naam", "birami ko naam"
  ],
  relationCues: [
    "आमा", "मेरो आमा", "मेरी आमा", "हाम्रो आमा", "बुवा", "बुबा", "बाबा", "मेरो बुवा", "मेरो बुबा", "मेरो बाबा",
    "हाम्रो बुवा", "छोरा", "मेरो छोरा", "हाम्रो छोरा", "छोरी", "मेरी छोरी", "मेरो छोरी", "हाम्री छोरी", "हाम्रो छोरी",
    "श्रीमान्", "श्रीमान", "मेरो श्रीमान्", "मेरो श्रीमान", "श्रीमती", "मेरी श्रीमती", "मेरो श्रीमती", "दाइ", "दाजु",
    "मेरो दाइ", "मेरो दाजु", "भाइ", "मेरो भाइ", "दिदी", "मेरी दिदी", "मेरो दिदी", "बहिनी", "मेरी बहिनी", "मेरो बहिनी",
    "हजुरआमा", "मेरो हजुरआमा", "हजुरबुवा", "हजुरबुबा", "हजुरबा", "मेरो हजुरबुवा", "मेरो हजुरबा", "नाति",
    "मेरो नाति", "नातिनी", "मेरी नातिनी", "मेरो नातिनी", "काका", "मेरो काका", "काकी", "मेरी काकी", "मामा",
    "मेरो मामा", "माइजू", "सासू", "मेरी सासू", "मेरो सासू", "ससुरा", "मेरो ससुरा", "बुहारी", "मेरी बुहारी",
    "मेरो बुहारी", "ज्वाइँ", "मेरो ज्वाइँ", "भान्जा", "भान्जी", "भतिजा", "भतिजी", "बच्चा", "मेरो बच्चा", "नानी",
    "मेरो नानी", "बाबु", "मेरो बाबु", "श्रीमतीको", "छोराको", "छोरीको", "आमाको", "बुवाको",
    "mero aama", "mero ama", "meri aama", "meri ama", "mero buwa", "mero buba", "mero baba", "mero chhora",
    "mero chora", "meri chhori", "mero chhori", "meri chori", "mero chori", "mero shreeman", "mero sriman",
    "mero shriman", "meri shreemati", "mero shreemati", "meri srimati", "mero srimati", "mero shrimati", "mero dai",
    "mero daju", "mero bhai", "meri didi", "mero didi", "meri bahini", "mero bahini", "mero hajurama",
    "mero hajuraama", "mero hajurba", "mero hajurbuwa", "mero nati", "meri natini", "mero natini", "mero kaka",
    "meri kaki", "mero mama", "meri sasu", "mero sasu", "mero sasura", "meri buhari", "mero buhari", "mero bachha",
    "mero baccha", "mero babu", "meri nani", "hamro aama", "hamro buwa", "hamro chhora", "hamri chhori"
  ],
  titlesBefore: [
    "डा", "डाक्टर", "डक्टर", "श्री", "सुश्री", "श्रीमती", "नर्स", "मिस्टर", "मिसेस", "मिस", "प्रा", "daktar",
    "dactor", "shree", "shri"
  ],
  titlesAfter: ["जी", "ज्यू", "सर", "म्याडम", "दाइ", "दाजु", "दिदी", "ji", "jee"],
  signOffs: [
    "धन्यवाद", "धेरै धन्यवाद", "धन्यवाद है", "धन्यबाद", "धन्यवाद हजुर", "dhanyabad", "dhanyawad", "dhanyabaad",
    "dhanyavad", "dhanebad", "dhanyawaad"
  ],
  familyNames: [
    "शर्मा", "अधिकारी", "भट्टराई", "भट्टराइ", "पौडेल", "पौड्याल", "पोखरेल", "खनाल", "ढकाल", "दाहाल", "दहाल", "घिमिरे",
    "गौतम", "उप्रेती", "कोइराला", "आचार्य", "रिजाल", "सुवेदी", "सुबेदी", "सापकोटा", "तिम्सिना", "निरौला", "भण्डारी",
    "बस्नेत", "कार्की", "थापा", "मगर", "गुरुङ", "गुरुङ्ग", "गुरुंग", "राई", "लिम्बु", "लिम्बू", "तामाङ", "तामाङ्ग",
    "तामांग", "शेर्पा", "श्रेष्ठ", "महर्जन", "प्रधान", "जोशी", "खड्का", "बिष्ट", "विष्ट", "खत्री", "छेत्री", "क्षेत्री",
    "बराल", "मिश्र", "न्यौपाने", "लामिछाने", "कँडेल", "काफ्ले", "दुलाल", "लुइँटेल", "लुइटेल", "भुसाल", "सिटौला",
    "दंगाल", "दङ्गाल", "गिरी", "पुरी", "बिश्वकर्मा", "विश्वकर्मा", "परियार", "सुनार", "मोक्तान", "घले", "सुब्बा",
    "मल्ल", "शाह", "यादव", "चौधरी", "पाण्डे", "पाण्डेय", "ओली", "बुढाथोकी", "पुन", "ढुंगाना", "ढुङ्गाना", "अर्याल",
    "भुजेल", "कटुवाल", "मैनाली", "रेग्मी", "सिग्देल", "तिवारी", "उपाध्याय", "देवकोटा", "पन्त", "घिसिङ", "गजमेर",
    "चाम्लिङ", "मोंगर", "मोङ्गर", "छेत्री", "नेउपाने", "ओझा", "बाँस्तोला", "बास्तोला", "काफ्ले", "गिरि",
    "sharma", "adhikari", "bhattarai", "poudel", "paudel", "poudyal", "pokhrel", "pokharel", "khanal", "dhakal",
    "dahal", "ghimire", "gautam", "upreti", "koirala", "acharya", "rijal", "subedi", "sapkota", "timsina", "niroula",
    "nirola", "bhandari", "basnet", "karki", "thapa", "magar", "gurung", "limbu", "tamang", "sherpa", "shrestha",
    "maharjan", "pradhan", "khadka", "bista", "bisht", "khatri", "chhetri", "baral", "neupane", "niraula",
    "lamichhane", "kandel", "kafle", "dulal", "luitel", "bhusal", "sitaula", "dangal", "biswakarma", "bishwokarma",
    "pariyar", "sunar", "moktan", "ghale", "subba", "budhathoki", "dhungana", "aryal", "bhujel", "katuwal",
    "mainali", "regmi", "sigdel", "tiwari", "upadhyaya", "devkota", "ghising", "gajmer", "chamling", "mongar",
    "bastola", "gurung"
  ],
  givenNames: [
    "राम", "श्याम", "हरि", "कृष्ण", "गोपाल", "बिष्णु", "विष्णु", "शिव", "गणेश", "दिनेश", "सुरेश", "रमेश", "महेश",
    "राजेश", "नरेश", "उमेश", "प्रकाश", "दीपक", "दिपक", "सन्तोष", "संतोष", "विनोद", "बिनोद", "प्रदीप", "प्रदिप",
    "सुनिल", "अनिल", "कमल", "बिकास", "विकास", "सागर", "सुमन", "सञ्जय", "संजय", "अर्जुन", "भीम", "नारायण",
    "लक्ष्मण", "पदम", "दुर्गा", "इन्द्र", "चन्द्र", "भक्त", "टीका", "तिलक", "रोशन", "रबिन", "राजु", "राजन",
    "बिजय", "विजय", "अमृत", "मदन", "केशव", "नविन", "नवीन", "सुदीप", "सुजन", "प्रविण", "आशिष", "अशोक", "बहादुर",
    "कुमार", "प्रसाद", "कुमारी", "सीता", "गीता", "सरिता", "सबिता", "सविता", "बिमला", "विमला", "कमला", "सरस्वती",
    "लक्ष्मी", "पार्वती", "राधा", "मीना", "सुनिता", "अनिता", "रीता", "गंगा", "गङ्गा", "यमुना", "मञ्जु", "मन्जु",
    "सुशीला", "सुशिला", "शान्ति", "शान्ता", "उषा", "निर्मला", "पुष्पा", "माया", "धनमाया", "मनमाया", "हिरा",
    "देवी", "कल्पना", "रञ्जना", "सपना", "सुष्मा", "सुस्मिता", "प्रतिमा", "प्रमिला", "बिना", "रेणु", "इन्दिरा",
    "जानकी", "भगवती", "कविता", "अस्मिता", "सुजाता", "शोभा", "आशा", "ज्योति", "प्रेम", "आनन्द", "दिल", "टंक",
    "मनबहादुर", "धनबहादुर", "चन्द्रकला", "बिष्णुमाया", "पदमा", "डम्बर", "भुपेन्द्र", "खगेन्द्र", "नरेन्द्र", "देवेन्द्र",
    "ram", "shyam", "hari", "krishna", "gopal", "bishnu", "shiva", "ganesh", "dinesh", "suresh", "ramesh", "mahesh",
    "rajesh", "naresh", "umesh", "prakash", "deepak", "dipak", "santosh", "binod", "pradeep", "pradip", "sunil",
    "anil", "kamal", "bikash", "sagar", "suman", "sanjay", "arjun", "bhim", "narayan", "laxman", "padam", "durga",
    "indra", "chandra", "bhakta", "tika", "tilak", "roshan", "rabin", "raju", "rajan", "bijay", "amrit",
    "keshav", "nabin", "sudip", "sujan", "prabin", "ashish", "ashok", "bahadur", "kumar", "prasad", "kumari", "sita",
    "gita", "sarita", "sabita", "bimala", "kamala", "saraswati", "laxmi", "parbati", "radha", "mina", "sunita",
    "anita", "rita", "ganga", "jamuna", "manju", "sushila", "shanti", "usha", "nirmala", "pushpa", "maya",
    "dhanmaya", "manmaya", "hira", "tara", "devi", "kalpana", "ranjana", "sapana", "sushma", "susmita", "pratima",
    "pramila", "bina", "renu", "indira", "janaki", "bhagawati", "kabita", "asmita", "sujata", "shova", "tanka",
    "dambar", "bhupendra", "khagendra", "narendra", "devendra", "chandrakala", "bishnumaya"
  ],
  nameParticles: [],
  wordEndings: [
    "न्छ", "न्छु", "न्छन्", "न्छौं", "न्छिन्", "नुहोस्", "नुहोस", "नुभयो", "नुहुन्छ", "नुहुन्न", "दैन", "दैनन्", "दैनौं",
    "एको", "एकी", "एका", "इयो", "इएको", "िएको", "ँदैन", "न्थ्यो", "न्थें", "छौं", "छिन्", "नुपर्छ", "नुपर्यो", "नुपर्‍यो",
    "nchha", "nchhu", "nchhan", "nuhos", "nuhunchha", "nuhuncha", "nubhayo", "daina", "dainan", "yeko", "nthyo"
  ],
  inflections: [
    "हरूलाई", "हरुलाई", "हरूको", "हरुको", "हरूमा", "हरुमा", "हरू", "हरु", "लाई", "लाइ", "बाट", "देखि", "सम्म", "सँग", "संग",
    "सँगै", "मा", "को", "का", "की", "ले", "मै", "तिर", "भन्दा"
  ],
  inflectionBases: [""],
  words: [
    // Pronouns, postpositions, particles.
    "म", "मेरो", "मेरी", "मेरा", "मलाई", "हामी", "हाम्रो", "हाम्री", "हामीलाई", "तपाईं", "तपाई", "तपाईँ", "तपाईंको",
    "तपाईको", "तपाईंलाई", "तपाईलाई", "हजुर", "हजुरको", "हजुरलाई", "उहाँ", "उहाँको", "उहाँलाई", "उ", "ऊ", "उसको", "उसलाई",
    "उनी", "उनको", "उनलाई", "उनीहरू", "यो", "यी", "त्यो", "ती", "यहाँ", "त्यहाँ", "के", "किन", "कहाँ", "कहिले", "कसरी",
    "कति", "कुन", "को", "कसको", "कसलाई", "र", "अनि", "तर", "वा", "कि", "पनि", "नि", "त", "नै", "मात्र", "मात्रै",
    "धेरै", "थोरै", "अलि", "अलिकति", "एकदम", "साह्रै", "निकै", "आज", "भोलि", "हिजो", "पर्सि", "अस्ति", "अहिले",
    "अघि", "पछि", "पहिले", "अब", "फेरि", "सधैं", "सधैँ", "कहिलेकाहीँ", "कहिलेकाहीं", "मा", "लाई", "का", "की", "ले",
    "बाट", "देखि", "सम्म", "संग", "सँग", "सँगै", "लागि", "भन्दा", "बारे", "बारेमा", "माथि", "तल", "भित्र", "बाहिर",
    "हो", "होइन", "हैन", "ठीक", "ठिक", "ठिकै", "राम्रो", "राम्ररी", "नराम्रो", "नमस्ते", "नमस्कार", "धन्यवाद",
    "धन्यबाद", "माफ", "माफी", "कृपया", "गरेर", "गर्न", "सहयोग", "मद्दत", "हस्", "हुन्छ", "हुँदैन", "है", "नि",
    "जस्तो", "जस्तै", "कुनै", "सबै", "अरु", "अरू", "एउटा", "दुईटा", "तीनवटा", "वटा", "ओहो", "अँ", "हजुरआमा", "नाम",
    "नाउँ", "फोन", "नम्बर", "ठेगाना", "घर", "मिति", "जन्म", "उमेर", "वर्ष", "साल", "महिना", "हप्ता", "दिन", "रात",
    "राति", "बिहान", "दिउँसो", "बेलुका", "बेलुकी", "साँझ", "समय", "बजे", "बजेतिर", "घण्टा", "घन्टा", "मिनेट", "पटक",
    "चोटि", "पल्ट", "पहिलो", "दोस्रो", "अर्को", "यसपालि", "गते", "हप्तामा", "दिनमा", "पटक", "सन्",
    // Verbs.
    "छ", "छु", "छौं", "छन्", "छिन्", "छैन", "छैनन्", "थियो", "थिएँ", "थिए", "थिइन्", "भयो", "भएको", "भएन", "भए",
    "हुनु", "हुनुहुन्छ", "हुनुहुन्न", "हुनेछ", "गर्नु", "गर्नुहोस्", "गर्नुहोस", "गर्नुहोला", "गर्छु", "गर्छ", "गरे",
    "गरेँ", "गरेको", "गर्दै", "गर्दा", "गर्ने", "गर्यो", "गर्‍यो", "खानु", "खान्छु", "खान्छ", "खाएँ", "खाएको", "खाने",
    "खाँदा", "खाना", "लिनु", "लिन्छु", "लिन्छ", "लिएँ", "लिएको", "लिने", "आउनु", "आउँछु", "आउँछ", "आउनुहोस्",
    "आयो", "आएको", "आउने", "जानु", "जान्छु", "जान्छ", "गएँ", "गयो", "गएको", "जाने", "दिनु", "दिनुहोस्", "दिनुहोस",
    "दिनुभयो", "दिएको", "दिने", "चाहिन्छ", "चाहियो", "चाहन्छु", "सक्छु", "सक्नुहुन्छ", "सक्दिन", "सकिन्छ", "पर्छ",
    "पर्यो", "पर्‍यो", "पर्ने", "लाग्छ", "लाग्यो", "लागेको", "दुख्छ", "दुख्यो", "दुखेको", "दुखिरहेको", "भन्नुहोस्",
    "भन्नुभयो", "भन्यो", "भने", "भन्छन्", "कुरा", "बुझ्नु", "बुझिनँ", "बुझें", "थाहा", "पाउनु", "पाएँ", "पाएको",
    "बोलाउनु", "बोलाउनुहोस्", "फोन गर्नुहोस्", "पठाउनुहोस्", "पठाउनु", "पठाएँ", "कुर्नु", "पर्खनु", "बस्नु", "बस्छु",
    "सुत्नु", "सुत्न", "हिँड्न", "बोल्न", "बोल्छु", "सुन्नु", "हेर्नु", "हेर्नुहोस्", "रद्द", "सार्नु", "मिलाउनु",
    "मिलाउनुहोस्", "चाहनुहुन्छ", "बिग्रियो", "बढ्यो", "घट्यो", "निको", "सञ्चो", "सन्चो", "सन्चै", "बिसन्चो",
    // Clinical.
    "बिरामी", "ज्वरो", "टाउको", "दुखाइ", "पेट", "पखाला", "बान्ता", "वाकवाकी", "रुघा", "खोकी", "सास", "छाती", "मुटु",
    "कलेजो", "मिर्गौला", "ढाड", "कम्मर", "घुँडा", "खुट्टा", "हात", "आँखा", "कान", "नाक", "मुख", "दाँत", "घाँटी",
    "छाला", "चिलाउने", "चिलाउँछ", "सुन्निएको", "सुन्निन्छ", "रगत", "पिसाब", "दिसा", "चिनी", "रोग", "चिनीरोग",
    "मधुमेह", "सुगर", "प्रेसर", "रक्तचाप", "दम", "क्षयरोग", "टीबी", "क्यान्सर", "एलर्जी", "औषधि", "औषधी", "चक्की",
    "ट्याब्लेट", "क्याप्सुल", "सिरप", "इन्जेक्सन", "सुई", "खोप", "अस्पताल", "क्लिनिक", "डाक्टर", "नर्स", "फार्मेसी",
    "अपोइन्टमेन्ट", "भेट", "जाँच", "रिपोर्ट", "बीमा", "मेडिकेड", "मेडिकेयर", "गाह्रो", "कमजोरी", "कमजोर", "थकाइ",
    "थाकेको", "चक्कर", "रिङ्गटा", "निद्रा", "अनिद्रा", "चिन्ता", "डिप्रेसन", "तनाव", "गर्भवती", "महिनावारी", "दूध",
    "दुध", "पानी", "भात", "चिया", "मासु", "पारासिटामोल", "प्यारासिटामोल", "सिटामोल", "आइबुप्रोफेन", "मेटफर्मिन",
    "इन्सुलिन", "एमोक्सिसिलिन", "एस्पिरिन", "ओमेप्राजोल", "एम्लोडिपिन", "एटोर्भास्टाटिन", "मलम", "थोपा", "मिलिग्राम",
    "एमजी", "तापक्रम", "डिग्री", "तौल", "किलो", "उचाइ", "एक्सरे", "रगतको", "जाँचको", "नतिजा", "अपरेसन", "चोट", "घाउ",
    "भाँचिएको", "लडेको", "लडें", "पसिना", "काँप", "झाडा", "कब्जियत", "एसिडिटी", "ग्यास्ट्रिक", "अल्सर", "मुटुको",
    "दुखिरहेछ", "सुन्निएर", "बिमार", "इमर्जेन्सी", "एम्बुलेन्स", "दोभाषे", "अनुवादक", "नेपाली", "भाषा", "अंग्रेजी",
    "अमेरिका", "भुटान", "नेपाल", "शरणार्थी", "कार्ड", "पैसा", "डलर", "बिल", "फारम", "कागज", "सन्देश", "म्यासेज",
    "बच्चा", "बच्चाको", "आमा", "बुवा", "बुबा", "छोरा", "छोरी", "श्रीमान्", "श्रीमती", "दाइ", "भाइ", "दिदी", "बहिनी",
    "परिवार", "साथी", "छिमेकी", "हजुरबुवा", "नाति", "नातिनी", "काका", "काकी", "मामा", "सासू", "ससुरा", "बुहारी",
    // Romanised.
    "mero", "meri", "malai", "hami", "hamro", "tapai", "tapain", "tapaiko", "tapailai", "uha", "uhaa", "uhaan",
    "uhako", "uhaako", "unko", "usko", "yo", "tyo", "yaha", "tyaha", "ke", "kina", "kaha", "kahile", "kasari",
    "kati", "kun", "ra", "pani", "ni", "ta", "matra", "dherai", "thorai", "alikati", "ekdam", "aja", "aaja",
    "bholi", "hijo", "parsi", "ahile", "pachi", "pahile", "feri", "sadhai", "lai", "bata", "dekhi", "samma",
    "sanga", "sangai", "lagi", "bhanda", "bare", "baare", "hajur", "hoina", "haina", "thik", "thikai", "ramro",
    "naramro", "namaste", "namaskar", "dhanyabad", "dhanyawad", "maaf", "kripaya", "garera", "garna", "sahayog",
    "maddat", "chha", "cha", "chhu", "chu", "chhan", "chan", "chhaina", "chaina", "huncha", "hunchha", "hudaina",
    "bhayo", "bhaeko", "bhako", "bhaena", "garnu", "garnus", "garnuhos", "garnuhola", "garchu", "gareko", "khanu",
    "khanchu", "khaye", "khayeko", "khane", "linu", "linchu", "liyeko", "aaunu", "aauchu", "aaunus", "aayo",
    "janchu", "gayo", "dinus", "dinuhos", "chahincha", "chahinchha", "chahiyo", "sakchu", "parcha", "parchha",
    "paryo", "lagcha", "lagchha", "lagyo", "dukhchha", "dukhcha", "dukhyo", "dukheko", "bhannus", "bhannuhos",
    "bhannubhayo", "kura", "bujhina", "thaha", "thiyo", "hunuhuncha", "hunuhunchha", "jwaro", "jvaro", "taauko",
    "tauko", "pet", "pakhala", "banta", "baanta", "wakwak", "rugha", "ruga", "khoki", "saas", "chhati", "chati",
    "mutu", "kalejo", "mirgaula", "dhad", "kammar", "ghunda", "ghuda", "khutta", "haat", "aankha", "ankha", "kaan",
    "naak", "mukh", "daat", "daant", "ghati", "ghaati", "chhala", "chilaune", "chilauchha", "sunniyeko", "sunnieko",
    "ragat", "pisab", "disa", "chini", "rog", "madhumeha", "sugar", "pressure", "aushadhi", "ausadhi", "aushadi",
    "ausadi", "chakki", "suii", "khop", "aspatal", "birami", "bimari", "niko", "sanchai", "gaaro", "gaarho",
    "kamjori", "thakai", "chakkar", "ringata", "nidra", "chinta", "tanab", "garbhawati", "mahinawari", "dudh",
    "khana", "bihana", "diuso", "diusa", "beluka", "beluki", "rati", "raati", "raat", "hapta", "mahina", "barsa",
    "barsha", "samaya", "baje", "bajetira", "ghanta", "ghanta", "minet", "patak", "choti", "palta", "naam", "naau",
    "thegana", "ghar", "umer", "janma", "miti", "bachha", "baccha", "aama", "buwa", "buba", "chhora", "chora",
    "chhori", "chori", "shreeman", "shreemati", "srimati", "bahini", "didi", "hajurama", "hajuraama", "hajurba",
    "sasu", "sasura", "buhari", "parivar", "pariwar", "bhasa", "angreji", "dobhase", "paisa", "reporta", "jach",
    "jaach", "bhet", "apointment", "cetamol", "sitamol", "paracetamol", "ausadhi", "khanuparchha", "khanuparcha",
    "lageko", "lagechha", "laageko", "sirap", "sirup", "dinu", "dinuparchha", "dinuparcha", "linuparchha", "dukhirahechha", "dukhirahecha", "nikai", "sahrai", "ekdamai", "hunchha", "hola", "holaa"
  ],
  unitsAfter: [
    "मिलिग्राम", "एमजी", "ग्राम", "किलो", "केजी", "एमएल", "मिलि", "युनिट", "चक्की", "ट्याब्लेट",
    "क्याप्सुल", "थोपा", "चम्चा", "पटक", "चोटि", "पल्ट", "दिन", "दिनसम्म", "दिनदेखि", "दिनको", "हप्ता", "हप्तासम्म",
    "हप्तादेखि", "महिना", "महिनासम्म", "महिनादेखि", "घण्टा", "घन्टा", "घण्टामा", "मिनेट", "बजे", "बजेतिर", "बजेसम्म",
    "डिग्री", "प्रतिशत", "डलर", "पाउन्ड", "वटा", "ओटा", "दिनमा", "पटक खाने",
    "chakki", "patak", "choti", "palta", "din", "dinsamma", "dindekhi", "hapta", "mahina", "ghanta", "minet", "baje",
    "bajetira", "wata", "ota", "digri", "dollar"
  ],
  doseUnits: ["पटक", "चोटि", "पल्ट", "चक्की", "ट्याब्लेट", "थोपा", "चम्चा", "patak", "choti", "palta", "chakki"],
  cuesBefore: [
    "प्रेसर", "रक्तचाप", "ब्लड प्रेसर", "बीपी", "सुगर", "चिनी", "ज्वरो", "तापक्रम", "तौल", "उचाइ", "अक्सिजन",
    "पल्स", "मात्रा", "डोज", "कोठा", "कोठा नम्बर", "बेड", "मूल्य", "पैसा", "रकम", "बिहान", "बेलुका", "राति",
    "दिउँसो", "हरेक", "प्रत्येक", "दिनको", "दिनमा", "पटक",
    "pressure", "presar", "sugar", "jwaro", "tapkram", "taul", "bihana", "beluka", "rati", "diuso", "harek", "dinko",
    "dinma"
  ],
  streetWords: [
    "सडक", "मार्ग", "गल्ली", "बाटो", "स्ट्रिट", "एभिन्यु", "एभेन्यु", "रोड", "अपार्टमेन्ट", "टोल", "चोक", "sadak",
    "marga", "galli"
  ],
  addressUnits: ["अपार्टमेन्ट", "अपार्ट", "युनिट", "कोठा"],
  addressCues: [
    "मेरो ठेगाना", "ठेगाना", "नयाँ ठेगाना", "घरको ठेगाना", "म बस्छु", "हामी बस्छौं", "mero thegana", "thegana",
    "naya thegana", "ghar ko thegana"
  ],
  birthCues: [
    "जन्म मिति", "जन्ममिति", "मेरो जन्म मिति", "जन्मेको मिति", "जन्म", "जन्मेको", "जन्मिएको", "जन्मदिन",
    "janma miti", "janmamiti", "mero janma miti", "janmeko", "janmadin"
  ],
  phoneCues: [
    "फोन नम्बर", "मेरो फोन नम्बर", "मेरो नम्बर", "मोबाइल नम्बर", "फोन", "नम्बर", "मोबाइल", "सम्पर्क नम्बर",
    "phone number", "mero phone number", "mero number", "mero nambar", "phone nambar", "nambar", "mobile number"
  ],
  periodCues: ["देखि", "सम्म", "पछि", "अघि", "dekhi", "samma"],
  weekdayRelatives: ["अर्को", "गएको", "आउने", "यो", "arko", "aaune", "gaeko"],
  holidays: ["दशैं", "दशैँ", "तिहार", "लोसार", "होली", "छठ", "तीज", "dashain", "tihar", "losar"],
  numberAlternatives: ["वा", "कि", "अथवा"],
  genericPlaces: ["घर", "घरमा", "अस्पताल", "अस्पतालमा", "क्लिनिक", "नेपाल", "नेपालमा", "भुटान", "भुटानमा", "अमेरिका", "अमेरिकामा", "क्याम्प", "क्याम्पमा"],
  letterNames: DEVANAGARI_LETTER_NAMES,
}
