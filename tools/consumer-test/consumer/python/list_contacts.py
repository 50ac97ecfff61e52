"""A consumer of the Python SDK, installed from its wheel: lists the first page of contacts. Usage: python list_contacts.py URL TOKEN"""
import json
import sys

import crm_contacts_sdk

configuration = crm_contacts_sdk.Configuration(host=sys.argv[1], api_key={"ascAuthToken": sys.argv[2]})
with crm_contacts_sdk.ApiClient(configuration) as client:
    page = crm_contacts_sdk.ContactsApi(client).filter_contacts(count=5)
    # each item holds a Contact (a TrimmedContact only when fields is sent), the Contact a person or a company
    print(json.dumps({"ids": [item.actual_instance.actual_instance.id for item in page.response]}))
