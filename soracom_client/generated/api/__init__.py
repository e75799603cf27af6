# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""Contains methods for accessing the API"""
