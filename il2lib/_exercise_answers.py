"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1FFu2zAMBuC7+DkWREqUqN7Gc9REiGsbltOuKHr30dmwSsGwuM8JP0vkT300aQBq+5TbbpjPXfP00XRjfotL86QV"
    "BgcUWGttHBnCQ9Ofu3ndfrzVNYdmWadh+6uGz8Nv69TNtWKD8awJiKwN4GGX8jINsb8OMZeWVz6gs8ZrcKAt+V1Uvs5x"
    "6U7TmPJaagCogrOErL0NRJ4fcfMyHa/9mqaxPcYxp/W99JCUJ8M6uK1j5I0tva/a/6jnbnhuh/QcS9cIy5Y9OwanNcJj"
    "Fmt2ifMSc56W6vpeWY0YPAQMYEm7fe4S+ziv05LbH8PUX0qSg0LNJjg5aZA2hFL8W3d//y+wPyKVnmP5JBGjQfRE9E3u"
    "ksa4pr6KEBpF1ljPjA7JSAMeolSjFWdkSSwzOy+DZ/TOfvOMt3BuBy1Vq4yVZAKAdx5hXxvXs6R8fm/jz1mcbXCViOxl"
    "MN5IgCSiVYb+VJagKcAcZRXX9HoXd9AqaMAtmBJPDGwemOUh8yVVrwQYpV1gljAa2XBr6BvYW0ync73ayoJFMOTQyJXD"
    "Lm2Jp9wep1wvH8ib44ikZaS33FRbcqv5NzTGeLx7TR1ImMmB106SQnulJb5Mr91QYkEr0rx1XeZJ5gH0+QvCxMpg"
)
