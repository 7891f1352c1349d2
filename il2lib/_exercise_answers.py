"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV0dFugzAMBdB/yTONbMeJY/6GQdRVZYASuj1U/ffRvYxIldo+W/fo6vpqcurTss65HD7GuT+b9mq6qfykbFpiqxQ9"
    "xeiZlUka0392y3q//edMY/I6j6YFC3hrdmA/kN97rJZUUIJ4iMAs/k3wfJrSeupLVdLZECW4KM6h86RPTV+blRatJwRw"
    "qBKYKLxZsFyWlO8tq4aWInFgZBFA4ZfMNadjOQxzqSgHVpA1RGXYUJDqJX+Zx9CU0rCHwFIgr4EIfURFry9COX3N391Y"
    "bbZ9ALat2DE5JPdEuv0CnjbAFw=="
)
