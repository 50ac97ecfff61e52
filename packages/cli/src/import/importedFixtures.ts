// The part of the emulator's fixtures document (its fixtures.schema.json) that `crm import` writes: a
// replace-mode document. test/import/roundTrip.test.ts proves an emulator loads and answers from it.
export interface ImportedUser {
  id: string; userName: string; password: string; token: string; displayName: string;
  title?: string | null; isAdmin?: boolean; avatarSmall?: string; profileUrl?: string;
}
export interface ImportedStage { id: number; title: string; color: string; description: string | null; sortOrder: number }
export interface ImportedCustomField { id: number; entityType: 'person' | 'company'; label: string; fieldType: number; position: number; mask: string }
export interface ImportedContact {
  id: number; createdBy: string; created: string; lastActivity?: string; about: string | null; industry: string | null;
  stageId: number; shareType: number; accessList: string[]; currency: string | null; hasLateTasks: boolean; taskCount: number;
  invoiced: boolean; tags: string[];
  contactInfo: { infoType: number; category: number; data: string; isPrimary: boolean }[];
  addresses: { street?: string; city?: string; state?: string; zip?: string; country?: string; category: number; isPrimary: boolean }[];
  customFields: { fieldId: number; value: string }[];
  companyName?: string; firstName?: string; lastName?: string; title?: string | null; companyId?: number;
}
export interface ImportedFixtures {
  mode: 'replace';
  users: ImportedUser[];
  stages: ImportedStage[];
  customFields: ImportedCustomField[];
  companies: ImportedContact[];
  persons: ImportedContact[];
  deals?: { id: number; title: string; contactIds: number[] }[];
}
