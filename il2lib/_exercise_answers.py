"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqllttu2kAQht+F69iaw84e8jYbswEXY1tekwRFefcOtEm9KC2gStzh+TyHf/7x+6rtUKqmzVXsxm1cPb6vYp9f07R6"
    "hJqCRQkeANgKCz2smm0c59Of57jVw2qah+70KODHwy/WJo4lxQR2HgRFjAno8CbKfuhSc+hSXrJc7QJZww7QIhhxN6Hy"
    "YUxT3Ax9m+clDZHqYI2QB2eCiPNXcfv9oU/VlPI49DlVXdwV6QnWBJaDJRuMJSl4Zew19H6YUtV2VLYSwDgLntg4Nmi9"
    "ufEN9M0bptTErisaUlvvyTlhxwQGKPwHPm+HqWg3o5PaglK99y4EcnfQxzhvX+MxV2naVWMq+x7qItHPZ5cMXjJ+lOGq"
    "c7GshYdg0KNYsNdwuMSN2yHr6sxR0y6wIgAWyImId4boLuoUx7g/Nm1/oQCLxKowFgzIulByE3Ua1odmboe+Wqc+t/Ox"
    "mAzVltiyI/He+gvkV+g/oNvYPVdd+5xKOQVHTBbUQ9gHvk6lkjqlUfWQh6mg6rQNGkAQj4hsb8Oq2tM4D1OunrqhKebv"
    "g26t155ajyFo/UviV9xl9X+AzZpkybNeX6kj19rPs78Tt2v7NLdNYXzEtRhdel1PtRWGUkvfQqWEFjhWyRvdQuvYq5s4"
    "a+7M8Wypp0SXVFOzUT/VoTjrCG9r47xVbx6P1VPMbde+tfv4VAreQwAWFzCwitQX1+N38OWsP5npbVTOSQyFKlWPqh9C"
    "1hyBy2X/hsgLYk56leb25WKBEOoAqC11XrxRg+MrzGXleddeHExnkLwO+9RJPU54B+w1tZtteeVq3RYtVrR7jqFc7r/R"
    "prTJ1XooDY3UfMSpDvWGMwkUGjyHfM/pU1qXdm3F6q3UI6M/727lTGk/vMSuTMmwfqIQcNDvFLJXSB8/AeBYv1A="
)
