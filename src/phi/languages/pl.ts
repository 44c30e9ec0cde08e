import { L, PL_NUMBERS, PL_ORDINALS } from './pl-numbers'
import type { LanguageTable } from './types'

/**
 * Polish, by hand from knowledge of the language: months ("marzec", "marca", "marcu"), weekdays, numbers (pl-numbers.ts),
 * "lat" after an age, cues, titles, everyday and clinical words; ł also as l ({@link L}). Names from memory; -ska made
 * from -ski. Words that are names ("ale", "dom", "tom", "dana", "lis", "wilk") are not `words`; "sie", "cze" (się,
 * cześć) are no month abbreviations.
 */
const SKI = L(
  'kowalski wiśniewski kamiński lewandowski zieliński szymański dąbrowski kozłowski jankowski kwiatkowski piotrowski grabowski pawłowski michalski jabłoński majewski olszewski malinowski jaworski górski witkowski ostrowski tomaszewski zalewski wróblewski jasiński sadowski sawicki sokołowski wysocki'.split(
    ' ',
  ),
)
// biome-ignore format: packed table
export const pl: LanguageTable = {
  code: 'pl',
  name: 'Polish',
  script: 'latin',
  months: [
    ['styczeń', 'stycznia', 'styczniu'], ['luty', 'lutego', 'lutym', 'lut'], ['marzec', 'marca', 'marcu'],
    ['kwiecień', 'kwietnia', 'kwietniu', 'kwi'], ['maj', 'maju'], ['czerwiec', 'czerwca', 'czerwcu'],
    ['lipiec', 'lipca', 'lipcu'], ['sierpień', 'sierpnia', 'sierpniu', 'sierp'],
    ['wrzesień', 'września', 'wrześniu', 'wrz'], ['październik', 'października', 'październiku', 'paź'],
    ['listopad', 'listopada', 'listopadzie'], ['grudzień', 'grudnia', 'grudniu', 'gru'],
  ],
  weekdays: [
    L(['poniedziałek', 'poniedziałku', 'pon']), ['wtorek', 'wtorku'], ['środa', 'środę', 'środy', 'środzie'],
    ['czwartek', 'czwartku', 'czw'], ['piątek', 'piątku'], ['sobota', 'sobotę', 'soboty', 'sobocie'],
    ['niedziela', 'niedzielę', 'niedzieli', 'niedz', 'ndz'],
  ],
  numbers: PL_NUMBERS,
  ordinals: PL_ORDINALS,
  yearsOld: ['lat', 'lata', 'latek', 'latka', 'lat życia', 'rok życia'],
  ageBefore: L([
    'wiek', 'w wieku', 'wieku', 'skończył', 'skończyła', 'skończyłem', 'skończyłam', 'skończy', 'kończy',
    'ukończył', 'ukończyła', 'ma już', 'mam już', 'ma prawie', 'ma ponad',
  ]),
  dateMarkers: {
    dayBefore: ['dnia', 'dzień', 'dn'],
    dayAfter: [],
    monthBefore: ['miesiąca'],
    monthAfter: [],
    yearBefore: ['roku', 'rok', 'w roku', 'rocznik'],
    yearAfter: ['r', 'roku', 'rok'],
  },
  dateJoiners: [],
  numericOrder: 'dmy',
  selfCues: [
    'nazywam się', 'ja nazywam się', 'mam na imię', 'moje imię to', 'moje imię', 'moje nazwisko to', 'moje nazwisko',
    'jestem', 'ja jestem', 'tu mówi', 'mówi', 'dzwoni', 'piszę ja',
  ],
  relationCues: L([
    'mój syn', 'moja córka', 'mój mąż', 'moja żona', 'moja mama', 'moja matka', 'mój tata', 'mój ojciec',
    'moja babcia', 'mój dziadek', 'mój brat', 'moja siostra', 'mój wnuk', 'moja wnuczka', 'moja ciocia', 'mój wujek',
    'moja teściowa', 'mojego syna', 'mojej córki', 'mojego męża', 'mojej żony', 'mojej mamy', 'mojego taty',
    'syn', 'córka', 'mąż', 'żona', 'mama', 'tata', 'babcia', 'babci', 'dziadek', 'dziadka', 'wnuk', 'wnuczka',
    'siostra', 'synek', 'córeczka',
  ]),
  titlesBefore: L([
    'panie', 'pana', 'panu', 'panią', 'państwo', 'doktor', 'doktora', 'doktorem', 'doktorowi', 'dr',
    'doktorka', 'lekarz', 'lekarza', 'prof', 'profesor', 'mgr', 'inż', 'pielęgniarka', 'siostra', 'ks',
    'ksiądz',
  ]),
  titlesAfter: [],
  signOffs: L([
    'dziękuję', 'dzięki', 'pozdrawiam', 'z poważaniem', 'serdecznie pozdrawiam', 'do widzenia', 'do usłyszenia', 'pa',
  ]),
  familyNames: [
    ...SKI, ...SKI.map((n) => n.replace(/i$/, 'a')),
    ...L('nowak wójcik kowalczyk woźniak mazur krawczyk kaczmarek zając wieczorek stępień adamczyk dudek pawlak walczak sikora michalak szewczyk pietrzak marciniak kubiak'.split(' ')),
  ],
  givenNames: L(
    'anna maria katarzyna małgorzata agnieszka krystyna barbara elżbieta zofia janina teresa joanna magdalena monika jadwiga danuta irena halina helena beata aleksandra marta dorota grażyna jolanta stanisława iwona karolina bożena urszula justyna renata alicja paulina sylwia wanda aneta ewelina marzena wiesława genowefa kazimiera czesława jan andrzej piotr krzysztof stanisław tomasz paweł józef marcin marek michał grzegorz jerzy tadeusz adam łukasz zbigniew ryszard dariusz henryk mariusz kazimierz wojciech mateusz marian rafał jacek janusz mirosław maciej sławomir jarosław wiesław władysław jakub zdzisław mieczysław przemysław czesław leszek waldemar bogdan bartosz szymon zenon witold bolesław franciszek wacław kasia basia gosia ania zosia asia tomek janek bartek wojtek staszek jurek rysiek heniek józek franek antek ola magda jola ela krysia hania maja'.split(
      ' ',
    ),
  ),
  nameParticles: [],
  words: L([
    // Function words, pronouns, the verb "to be".
    'ja', 'on', 'ona', 'my', 'oni', 'mnie', 'mi', 'cię', 'ci', 'jego', 'go',
    'jej', 'nim', 'niej', 'nas', 'was', 'ich', 'im', 'mój', 'moja', 'moje', 'mojego', 'mojej',
    'nasz', 'się', 'jest', 'są', 'był', 'była', 'było',
    'będzie', 'będę', 'i', 'a', 'lub', 'czy', 'że',
    'jeśli', 'gdy', 'kiedy', 'co', 'kto', 'gdzie', 'ile', 'który',
    'ten', 'to', 'te', 'tutaj', 'teraz', 'już', 'jeszcze', 'też',
    'tylko', 'bardzo', 'trochę', 'dużo', 'mało', 'więcej', 'mniej',
    'nie', 'tak', 'nic', 'wszystko', 'w', 'we', 'na', 'z', 'ze', 'do', 'od',
    'po', 'przed', 'przez', 'za', 'pod', 'bez', 'dla', 'o', 'u', 'się', 'proszę',
    'dobrze', 'źle', 'może', 'można', 'trzeba', 'musi', 'muszę', 'chcę',
    'chciałabym', 'mogę', 'może', 'mam', 'ma', 'mamy', 'miał', 'miała',
    // Verbs in their usual forms.
    'boli', 'bolą', 'czuję', 'czuje', 'biorę', 'bierze', 'wziąłem',
    'wzięłam', 'przyjść', 'przyjdę', 'dzwonię', 'dzwonić', 'zadzwonić', 'zadzwonię',
    'proszę', 'potrzebuję', 'potrzebuje', 'wiem', 'wie', 'rozumiem',
    'mówi', 'zapisać', 'odwołać', 'przełożyć', 'zmienić',
    'potwierdzić', 'skończyły', 'skończył', 'skończyła', 'kaszle',
    'wymiotuje', 'śpi', 'pije', 'je',
    'pomoc', 'czekam', 'czekać', 'mieszkam',
    // Time, greetings, answers.
    'dzień', 'dobry', 'cześć', 'witam', 'dziś', 'dzisiaj', 'jutro',
    'wczoraj', 'rano', 'wieczorem', 'noc', 'nocy', 'tydzień', 'tygodnia',
    'dni', 'dnia', 'godzina', 'godziny', 'godzin', 'miesiąc', 'miesięcy',
    'przepraszam', 'ok', 'okej', 'dobrze', 'pilne',
    // People, papers.
    'numer', 'telefon', 'adres', 'imię', 'nazwisko', 'data', 'urodzenia', 'ubezpieczenie',
    'wizyta', 'wizyty', 'wizytę', 'termin', 'recepta',
    'receptę', 'skierowanie', 'wynik', 'wyniki', 'prosi', 'dziennie', 'nowa', 'nowy', 'nowe', 'nową', 'słabo', 'badanie', 'badania', 'apteka',
    'przychodnia', 'szpital', 'szpitalu', 'pogotowie', 'karetka', 'lekarz',
    'lekarza', 'pielęgniarka', 'pacjent', 'po polsku', 'polsku',
    'dziecko', 'praca',
    // Body, symptoms, drugs.
    'głowa', 'głowy', 'brzuch', 'brzucha', 'gardło', 'klatka', 'plecy',
    'noga', 'nogi', 'ręka', 'oko', 'oczy', 'ząb', 'serce',
    'płuca', 'wątroba', 'żołądek', 'skóra', 'kręgosłup',
    'bólu', 'gorączka', 'kaszel', 'przeziębienie',
    'wysypka', 'zawroty', 'mdłości', 'nudności', 'wymioty', 'biegunka', 'duszność', 'obrzęk',
    'krwawienie', 'krew', 'ciśnienie', 'cukier', 'cukrzyca', 'astma',
    'alergia', 'infekcja', 'zapalenie', 'nadciśnienie', 'rak', 'zawał', 'udar', 'ciąża',
    'chory', 'chora', 'lepiej', 'gorzej',
    'leki', 'leku', 'leków', 'zeszłym', 'przyszłym', 'chciałbym', 'nowej', 'robić', 'bierze', 'umówić', 'byłam', 'badań', 'przychodni', 'szpitala', 'recepty', 'zmęczona', 'dzieci', 'lekarstwo', 'tabletka', 'tabletki', 'syrop',
    'zastrzyk', 'szczepionka', 'insulina', 'antybiotyk',
    'paracetamol', 'ibuprom', 'rano', 'wieczór', 'dawka', 'temperatura',
  ]),
  // Everyday words that are names elsewhere (Ty, Bo, Tam, Dom): read as words, but names after a cue.
  everydayWords: ['ty', 'bo', 'coś', 'tam', 'nam', 'jak', 'ta', 'tu', 'dom', 'lek', 'ale', 'syn', 'brat', 'siostra', 'dana', 'mila', 'tom'],
  clinicalWords: L([
    'gorączka', 'kaszel', 'biegunka', 'wymioty', 'duszność', 'cukrzyca', 'nadciśnienie', 'zapalenie', 'wysypka',
    'antybiotyk', 'insulina', 'ciśnienie', 'ból', 'krwawienie', 'zawroty', 'nudności', 'przeziębienie', 'opuchlizna',
  ]),
  unitsAfter: L([
    'mg', 'ml', 'kg', 'g', 'mcg', 'jednostek', 'tabletki', 'tabletek', 'tabletkę', 'tabletka', 'kapsułki',
    'kapsułek', 'kropli', 'krople', 'łyżki', 'łyżeczki', 'razy', 'raz', 'dni', 'dzień', 'dnia', 'tygodnie', 'tygodni',
    'tydzień', 'miesiące', 'miesięcy', 'godziny', 'godzin', 'godzinę', 'minut', 'minuty', 'stopni', 'stopnie',
    'kilo', 'kilogramów', 'centymetrów', 'cm', 'zł', 'złotych', 'dolarów', 'procent', 'mmhg',
  ]),
  doseUnits: L(['razy', 'raz', 'tabletki', 'tabletek', 'tabletkę', 'kapsułki', 'kapsułek', 'kropli', 'łyżki', 'jednostek']),
  cuesBefore: L([
    'ciśnienie', 'ciśnienie krwi', 'gorączkę', 'gorączki', 'cukier', 'poziom cukru', 'temperatura', 'temperaturę', 'gorączka', 'waga', 'ważę',
    'dawka', 'tętno', 'puls', 'saturacja', 'o godzinie', 'godzina', 'około', 'koło', 'pokój', 'sala', 'kosztuje',
    'cena', 'glukoza',
  ]),
  streetWords: ['ulica', 'ul', 'ulicy', 'aleja', 'alei', 'osiedle', 'plac', 'mieszkanie', 'nr'],
  addressUnits: ['mieszkanie', 'lok', 'lokal'],
  addressCues: ['mój adres', 'mój adres to', 'adres', 'mieszkam na', 'mieszkam przy', 'mieszkam w'],
  birthCues: [
    'data urodzenia', 'urodziłem się', 'urodziłam się', 'urodził się', 'urodziła się', 'urodzona', 'urodzony',
    'urodzeni', 'ur', 'rocznik', 'urodzilem sie', 'urodzilam sie', 'urodzil sie', 'urodzila sie',
  ],
  phoneCues: L(['mój numer', 'mój numer to', 'numer telefonu', 'telefon', 'proszę dzwonić na', 'proszę oddzwonić na', 'dzwonić na', 'mój telefon']),
  numericDateBefore: ['dnia', 'wizyta', 'termin', 'od', 'do', 'na'],
  holidays: ['wigilia', 'wigilię', 'boże narodzenie', 'wielkanoc', 'sylwester', 'sylwestra'],
  periodCues: ['od', 'w', 'we', 'do', 'od początku', 'od końca', 'przez'],
  weekdayRelatives: ['przyszły', 'przyszłą', 'zeszły', 'zeszłą', 'następny', 'następną'],
  residenceCues: ['mieszkam w', 'mieszkamy w', 'mieszka w', 'jestem z', 'jesteśmy z', 'dzwonię z'],
  genericPlaces: ['domu', 'szpitalu', 'pracy', 'ameryce', 'polsce'],
  placeEnds: ['teraz', 'obok', 'blisko'],
  wordEndings: L(['ować', 'ywać', 'iwać', 'ałem', 'ałam', 'iłem', 'iłam', 'ałaś', 'ałeś', 'liśmy', 'łyśmy', 'ujemy', 'ujesz', 'uję', 'ujący', 'ująca', 'owała', 'owało', 'ością', 'ości', 'ność', 'enie', 'eniu', 'ania', 'aniu', 'ęcie', 'ęcia']),
  inflections: ['ami', 'ach', 'om', 'ów', 'em', 'ie', 'ę', 'ą', 'y', 'u', 'a', 'i'],
  inflectionBases: ['a', 'o'],
  introductionEnds: ['z tej strony', 'dzwonię', 'mówię'],
  drugSuffixes: ['formin', 'statyn', 'dypin', 'cylin', 'mycyn', 'prazol', 'sartan', 'semid'],
  kinTitles: ['ciocia', 'ciotka', 'wujek', 'babcia', 'dziadek'],
  numberAlternatives: ['albo', 'lub', 'czy'],
}
