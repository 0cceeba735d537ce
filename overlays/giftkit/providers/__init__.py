"""One profile module per provider: its data, its typed `connect()`, its workflow helpers.

Providers are discovered from this folder: adding `<p>.py` here adds provider `<p>`.
"""
