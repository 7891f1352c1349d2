"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1Ftu4zAMBdC9+LsWKFKUqO7GcdREqBsbltMHiu59mM6jVjAzToH8JTqhxEu+N3mw3Pa5tN0wHbvm/r3pTuUlzc09"
    "GIzechQAIM/EeNf0x25aLl9+nmvumnkZh8tPwX7c/bQO3VQrLlIQYMvsXLTB3qQ8jUPqz0MqayuYENE7CmC9BcfhJqqc"
    "pzR3h/GUy7LWrEUTvWMUCC4yB9nipnncn/slj6d2n04lL29rj9B4JE8BWcRL5DX3dfQ/6LEbHtohP6SqTBMDEnrQVpBE"
    "2laxVuc0zamUca7UaKKzDiywWGvJ38bOqU/TMs6l3Q1j/7gWJRoEoei92Bj1/mvxz7nr23+B/R557XnRv2QWvTsGZv4m"
    "95hPacl9lR8kw45cEEGPTIC4iXKNVhzphDjRXgcSEAzefbPGz2ReCl2rzpDTWGpTgg9ob3vG5agRn97aXVfykF/zU7er"
    "h1AgAnGINpKGVKoh/HX4ute/zfQ6qXMJQ5VKzaPmBy1pjUDgN0RaiSXpcC/5+WqALJgIVp80CIvDKLRhrm9eHvPV3gnO"
    "omizLy+pM26/gb2kfDjWy8LotOhlWV8vENTD/S9tTofS7sdS9RcNeA6aQ12FhAxVBj+P/N05pbRfO9F49oFtINSPhFud"
    "OT2Nz91Ql+RINz0CRV336Dekjx9OwONi"
)
