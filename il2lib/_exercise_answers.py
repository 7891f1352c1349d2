"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqVlF1u4zAMhO/i51qgSFGiehvHUROhrm1YTn9Q9O7LdBdbq9huEsBvNj8PyRm+N3mw3Pa5tN0wH7vm/r3pxvKSluYe"
    "DEZvOQoAkGdivGv6Yzev55efdc1ds6zTcP4U7Mfdb9ahm2uKixQE2DI7F22wV1GepiH1pyGVLSuYENE7CmC9BcfhKlQ5"
    "zWnpDtOYy7qlWYsmescoEFxkDnIJNy/T/tSveRrbfRpLXt+2PELjkTwFZBEvkbe4r9L/QI/d8NAO+SFVMk0MSOhBV0ES"
    "6TIVa+qS5iWVMi0VNZrorAMLLNZa8tdhl9SneZ2W0u6GqX/cEiUaBKHovdgYtf8t8W/d9+6/gP0eecvzor9kFu0dAzPf"
    "iHvMY1pzX/kHybAjF0TQIxMgXoRyDa1wpAlxorsOJCAYvLtR46czz0K3VGfIqS11KcEHtNeNcT2qxee3dteVPOTX/NTt"
    "6hAKRCAO0UZSk0oVwj/FPzHT66ycsxkqV6of1T9oSTUCgb9ApA2xJA33mp+/BciCiWB1pEFYHEahG1SWx/zt7gRnUXTZ"
    "50lqxm9p+SXlw7E+FkbTos2yTi8Q1OH+ibakQ2n3U6n2iwY8B/WhnkJChsqDnyX/5owp7becaDz7wDYQ6iPhWs6Snqbn"
    "bqglOdJLj0BRzz36C6SPX0yi42E="
)
