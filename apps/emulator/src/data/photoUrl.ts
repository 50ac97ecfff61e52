// Where the portal serves a contact's photo: the members smallFotoUrl and mediumFotoUrl, which the
// renderer writes and the API framework filters and sorts by.

/** Where the CRM module lives on the portal. */
export const DEFAULT_BASE_PATH = '/Products/CRM/';

export function photoUrl(basePath: string = DEFAULT_BASE_PATH, id: number, isCompany: boolean, size: 1 | 2): string {
  // .NET formats booleans as True/False inside String.Format
  return `${basePath}HttpHandlers/filehandler.ashx?action=contactphotoulr&cid=${id}&isc=${isCompany ? 'True' : 'False'}&ps=${size}`;
}
