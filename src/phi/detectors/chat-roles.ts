/**
 * The labels a chat widget writes before each turn ("Visitor: …", "Agente: …", "Paciente: …"): a role, never a name,
 * and the start of a turn. Shared by the name passes and the cue readers of every language.
 */

// biome-ignore format: packed list
const CHAT_ROLES: ReadonlySet<string> = new Set([
  'visitor', 'visitante', 'agent', 'agente', 'patient', 'paciente', 'bot', 'chatbot', 'staff', 'nurse', 'enfermera',
  'enfermero', 'operator', 'operador', 'operadora', 'user', 'usuario', 'usuaria', 'customer', 'cliente', 'client',
  'support', 'soporte', 'assistant', 'asistente', 'representative', 'representante', 'rep', 'clinic', 'clínica',
  'clinica', 'recepción', 'recepcion', 'reception', 'system', 'sistema', 'guest', 'invitado', 'member', 'miembro',
  'caller', 'pt', 'patiente', 'pasyan', 'visiteur', 'khách',
  // Korean, Chinese, Russian, Arabic, Portuguese and French widgets' own labels.
  '방문자', '상담원', '환자', '직원', '访客', '訪客', '客服', '患者', '病人', 'посетитель', 'оператор', 'пациент', 'زائر',
  'الزائر', 'موظف', 'مريض', 'atendente', 'conseiller',
])

/** Whether the word `lower` (ending at `end` of `text`) is a chat role right before its colon (":" or "："). */
export function isChatRoleLabel(text: string, end: number, lower: string): boolean {
  const c = text.charCodeAt(end)
  return (c === 58 || c === 0xff1a) && CHAT_ROLES.has(lower)
}
