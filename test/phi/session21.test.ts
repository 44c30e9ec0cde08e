import { describe, expect, it } from 'vitest'
import { scrubText } from '../../src/phi/deidentify'

const scrub = (text: string, channel: 'sms' | 'voice' = 'voice'): string => scrubText(text, { channel }).text

describe('introductions of other languages before a given name that is also a word', () => {
  it('takes a Vietnamese given name after "em là", "chị là", "tôi là"', () => {
    expect(scrub('chào cô em là minh cháu ngoại của bà')).toBe('chào cô em là [NAME] cháu ngoại của bà')
    expect(scrub('chị là mai con dâu của bà')).toBe('chị là [NAME] con dâu của bà')
    expect(scrub('alo chào chị em là thu ở phòng khám')).toBe('alo chào chị em là [NAME] ở phòng khám')
  })

  it('leaves a number, a kinship word or a declined word after an introduction', () => {
    expect(scrub('tôi là bệnh nhân của bác sĩ')).toBe('tôi là bệnh nhân của bác sĩ')
    expect(scrub('em là con gái của bà')).toBe('em là con gái của bà')
    expect(scrub('thuốc còn có hai viên thôi')).toBe('thuốc còn có hai viên thôi')
    expect(scrub('спасибо большое я верю что всё будет хорошо')).toBe('спасибо большое я верю что всё будет хорошо')
  })
})

describe('names in Han and Arabic script', () => {
  it('reads 这个是 ("this is") as an introduction', () => {
    expect(scrub('呃你好这个是刘建国我的病历号是')).toBe('呃你好这个是[NAME]我的病历号是')
    expect(scrub('这个是什么药')).toBe('这个是什么药')
  })

  it("takes a father's name between a given name and a family name with the article", () => {
    expect(scrub('السلام عليكم، أنا محمد عبده الحميري من بالتيمور', 'sms')).toBe(
      'السلام عليكم، أنا [NAME] من [LOCALITY]',
    )
    // "and she changed the dressing": a word opening on "and" is no father's name.
    expect(scrub('الممرضة إجت وغيرت الضماد.', 'sms')).not.toContain('[NAME] [NAME]')
  })

  it('takes a transliterated town before a clinic after a demonstrative', () => {
    expect(scrub('我上个礼拜在卡顿斯维尔那个诊所验了血')).toBe('我上个礼拜在[LOCALITY]那个诊所验了血')
    expect(scrub('我在普通的医院')).toBe('我在普通的医院')
  })
})

describe('kinship words said as a title', () => {
  it('joins "maman", "ti" to the name right after them', () => {
    expect(scrub('maman thérèse va mieux')).toBe('[NAME] va mieux')
    expect(scrub('Mèsi anpil. Ti Jean ak Rose ap la jedi.', 'sms')).toBe('Mèsi anpil. [NAME] ak [NAME] ap la jedi.')
  })

  it('keeps a kinship word that is owned or after an article', () => {
    expect(scrub('ma maman thérèse va mieux')).toBe('ma maman [NAME] va mieux')
    expect(scrub('la maman de kevin')).toBe('la maman de [NAME]')
    expect(scrub('mi papi juan está bien')).toBe('mi papi [NAME] está bien')
    expect(scrub('yon ti kras dlo')).toBe('yon ti kras dlo')
  })
})
