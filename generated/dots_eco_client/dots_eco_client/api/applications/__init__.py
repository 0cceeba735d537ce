# generated from specs/dots_eco.yaml by `make generate` — do not edit
"""Contains endpoint functions for accessing the API"""
