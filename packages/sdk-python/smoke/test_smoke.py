"""Smoke test of the generated Python SDK against a real server (CRM_BASE_URL, CRM_TOKEN)."""
import os

import pytest

import crm_contacts_sdk
from crm_contacts_sdk.exceptions import UnauthorizedException


def whole(item):
    """A list item's whole contact: the item holds a Contact (or, with fields, a TrimmedContact), the Contact a person or a company."""
    assert isinstance(item.actual_instance, crm_contacts_sdk.Contact)
    return item.actual_instance.actual_instance


@pytest.fixture
def api_client():
    configuration = crm_contacts_sdk.Configuration(host=os.environ["CRM_BASE_URL"], api_key={"ascAuthToken": os.environ["CRM_TOKEN"]})
    with crm_contacts_sdk.ApiClient(configuration) as client:
        yield client


def test_filter_lists_persons_and_companies_with_their_own_fields(api_client):
    page = crm_contacts_sdk.ContactsApi(api_client).filter_contacts(count=25)
    assert page.status == 0
    assert len(page.response) > 0
    assert page.total >= len(page.response)
    for contact in page.response:
        inner = whole(contact)
        if inner.is_company:
            assert isinstance(inner, crm_contacts_sdk.CompanyContact) and inner.company_name
        else:
            assert isinstance(inner, crm_contacts_sdk.PersonContact) and inner.first_name


def test_filter_pages_with_start_index_and_count(api_client):
    api = crm_contacts_sdk.ContactsApi(api_client)
    first = api.filter_contacts(start_index=0, count=1)
    second = api.filter_contacts(start_index=1, count=1)
    assert len(first.response) == 1
    assert whole(second.response[0]).id != whole(first.response[0]).id


def test_by_contact_info_finds_contacts_with_an_email(api_client):
    page = crm_contacts_sdk.ContactsApi(api_client).get_contacts_by_contact_info(info_type="Email", data="@")
    assert len(page.response) > 0
    for contact in page.response:
        assert any(info.info_type == 1 for info in whole(contact).common_data)


def test_fields_trims_every_contact_to_the_members_asked_for(api_client):
    # the generator wraps each anyOf parameter (a contract name, or any other text) in a model of its own
    fields = [crm_contacts_sdk.FilterContactsFieldsParameterInner(crm_contacts_sdk.ContactMember(name)) for name in ("id", "displayName")]
    kind = crm_contacts_sdk.FilterContactsTypeParameter(crm_contacts_sdk.ContactKind.COMPANY)
    page = crm_contacts_sdk.ContactsApi(api_client).filter_contacts(count=5, fields=fields, type=kind)
    assert len(page.response) > 0
    for item in page.response:
        trimmed = item.actual_instance
        assert isinstance(trimmed, crm_contacts_sdk.TrimmedContact)
        assert trimmed.id > 0 and trimmed.display_name
        assert trimmed.created is None and trimmed.common_data is None


def test_without_credentials_the_server_answers_401():
    configuration = crm_contacts_sdk.Configuration(host=os.environ["CRM_BASE_URL"])
    with crm_contacts_sdk.ApiClient(configuration) as client:
        with pytest.raises(UnauthorizedException):
            crm_contacts_sdk.ContactsApi(client).filter_contacts()
