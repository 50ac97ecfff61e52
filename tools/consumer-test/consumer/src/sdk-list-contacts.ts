// A consumer of the typescript-fetch SDK: lists the first page of contacts. Usage: node dist/sdk-list-contacts.js URL TOKEN
import { Configuration, ContactsApi } from '@crm-contacts/sdk-typescript-fetch';

const [basePath, token] = process.argv.slice(2);
if (!basePath || !token) throw new Error('usage: sdk-list-contacts URL TOKEN');
const contacts = new ContactsApi(new Configuration({ basePath, apiKey: () => token }));
const page = await contacts.filterContacts({ count: 5 });
console.log(JSON.stringify({ ids: page.response.map((contact) => contact.id) }));
