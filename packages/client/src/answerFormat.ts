// The two representations the server offers, and the media types that carry them.
export type CrmFormat = 'json' | 'xml';

/** The media type of a Content-Type header, lower case, without parameters. (The contract package has
 * one too, in its validator module, which brings Ajv: too much for the browser bundle's size budget.) */
export const mediaTypeOf = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();

export const isJsonMedia = (media: string) => media === 'application/json' || media.endsWith('+json');
export const isXmlMedia = (media: string) => media === 'text/xml' || media === 'application/xml' || media.endsWith('+xml');
