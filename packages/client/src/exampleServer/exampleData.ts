// What the example server serves: the contract's own examples, so it answers nothing the contract
// does not show.
import { loadContract } from '@crm-contacts/contract';
import type { Contact } from '@crm-contacts/types';

const example = (name: string) => loadContract().components.examples[name].value;

/** The contacts of the realistic example page (a person and a company). */
export const exampleContacts = (): Contact[] => structuredClone(example('ContactListRealistic').response);
export const exampleCredentials = (): { userName: string; password: string } => example('AuthenticationCredentials');
export const exampleAuthenticationResult = () => example('AuthenticationSucceeded');
export const exampleError = (name: 'AuthenticationFailed' | 'BadParameter' | 'NotFound') => example(name);
