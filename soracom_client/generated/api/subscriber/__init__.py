# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""Contains endpoint functions for accessing the API"""
