// A consumer of @crm-contacts/client: lists the first page of contacts. Usage: node dist/list-contacts.js URL TOKEN
import { ContactListView, createCrmClient, type Contact } from '@crm-contacts/client';

const [baseUrl, token] = process.argv.slice(2);
if (!baseUrl || !token) throw new Error('usage: list-contacts URL TOKEN');
const crm = createCrmClient({ baseUrl, token });
const page = await crm.contacts.filter({ count: 5, contactListView: ContactListView.All });
const label = (contact: Contact): string => (contact.isCompany ? contact.companyName : `${contact.firstName} ${contact.lastName}`);
console.log(JSON.stringify({ ids: page.response.map((contact) => contact.id), names: page.response.map(label) }));
