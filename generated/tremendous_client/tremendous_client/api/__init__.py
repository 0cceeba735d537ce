# generated from specs/tremendous.yaml by `make generate` — do not edit
"""Contains methods for accessing the API"""
