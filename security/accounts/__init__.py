"""Editors' accounts: the client address, login lockouts (django-axes) and the audit log
of sign-ins and permission changes. Two-factor authentication is in security.twofactor."""
