// The XML path, a separate chunk: the contract's schema-typed XML reader and the schemas it reads by.
import { readXml } from '@crm-contacts/contract/xml';
import { readerSchemas } from '@crm-contacts/types/schemas';

/** Reads an XML answer as the named component schema (arrays restored, numbers and booleans typed). */
export function readXmlAnswer(xml: string, schemaName: string): unknown {
  return readXml(xml, { $ref: `#/components/schemas/${schemaName}` }, readerSchemas);
}
