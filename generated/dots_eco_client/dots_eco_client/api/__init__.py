# generated from specs/dots_eco.yaml by `make generate` — do not edit
"""Contains methods for accessing the API"""
