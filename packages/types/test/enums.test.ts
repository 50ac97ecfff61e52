import { describe, expect, it } from 'vitest';
import { ContactInfoType, ContactListView, ShareType, ContactSortBy } from '../src/index.js';

describe('enums as named constants', () => {
  it('names numeric values by x-enum-varnames', () => {
    expect(ContactInfoType.Email).toBe(1);
    expect(ContactInfoType.VK).toBe(17);
    expect(ContactListView.Company).toBe(1);
    expect(ShareType.ReadWrite).toBe(1);
    expect(ContactSortBy.LastName).toBe('LastName');
  });
});
