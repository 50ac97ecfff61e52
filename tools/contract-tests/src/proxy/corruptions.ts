// The ways the negative control breaks a correct server's answers; the suite must catch each one.
export type Corruption = 'wrong-type' | 'missing-required' | 'wrong-status' | 'wrong-content-type';

export const CORRUPTIONS: readonly Corruption[] = ['wrong-type', 'missing-required', 'wrong-status', 'wrong-content-type'];

export interface ProxiedAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** The broken answer, or undefined when this corruption does not apply to it (a plain-text 401 has no fields). */
export function corrupt(corruption: Corruption, answer: ProxiedAnswer): ProxiedAnswer | undefined {
  const isJson = answer.contentType.includes('json');
  const isXml = answer.contentType.includes('xml');
  switch (corruption) {
    case 'wrong-type':
      if (isJson) return { ...answer, body: editJson(answer.body, (o) => setWrongType(o)) };
      if (isXml) return { ...answer, body: answer.body.replace(/<status>(\d+)<\/status>/, '<status>zero</status>') };
      return undefined;
    case 'missing-required':
      if (isJson) return { ...answer, body: editJson(answer.body, (o) => delete o.status) };
      if (isXml) return { ...answer, body: answer.body.replace(/<status>\d+<\/status>/, '') };
      return undefined;
    case 'wrong-status':
      // 200 becomes 202 and 201 becomes 200: both are real codes, neither is the one the contract gives.
      if (answer.status === 200) return { ...answer, status: 202 };
      if (answer.status === 201) return { ...answer, status: 200 };
      return undefined;
    case 'wrong-content-type':
      return { ...answer, contentType: 'text/html; charset=utf-8' };
  }
}

function editJson(body: string, edit: (envelope: Record<string, any>) => void): string {
  const envelope = JSON.parse(body) as Record<string, any>;
  edit(envelope);
  return JSON.stringify(envelope);
}

/** A contact's integer id becomes a string; without contacts, the envelope's integer status does. */
function setWrongType(envelope: Record<string, any>): void {
  const first = Array.isArray(envelope.response) ? envelope.response[0] : undefined;
  if (first && typeof first.id === 'number') first.id = String(first.id);
  else envelope.status = String(envelope.status);
}
