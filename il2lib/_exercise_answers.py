"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1Ntu2zAMBuB38XUs8CBKVN/Gc9TEiGsbltOuKPruk7NhtYJhca8TfhbFn/qouh6lbrtUN/10bqqnj6oZ0lucqycw"
    "FBxKUABgJyx0qNpzMy3rj7e66lDNy9ivfwX8PPy2Ts1UKjawVxAUsTagx13Ky9jH9trHtLW88YGcZQ/oEKz4XVS6TnFu"
    "TuPQpWWrIZIJzgopeBtEvD7ipnk8XtulG4f6GIfULe9bj8k4YseeRNVpkC33Vfof9Nz0z3XfPcfimCZ4YnKQR8Ea+LFK"
    "pTrHaY4pjXOhBhMsWkAQRUR2+9g5tnFaxjnVP/qxvWxFDYZAOTinGELufyv+rbvv/gtsjyRbz2n+pIjm3smLyDe5SzfE"
    "pWuL/BAbsWy9KjkSBqKHqJRowXHeEKt51p4VlLyz3zzjLZnrQbeqNWxzLPNQvPOE+65xOeeIT+91/DllZx1cIZL6PBjP"
    "ADnsodjAP5VbkDdginkPl+71LusIJgDm7r2KWgrKD8ztIdOlK54IZAMuqHoMOefWsnwDe4vd6VzutcnBJmTJ25hbDru0"
    "OZ5SfRxTMQrG/OA4kXxlAmtuii251fwbGmI83j2lDnOYxaEHl5Mie6U5voyvTb/FAhgBXW89z1P4AfT5C8SOycY="
)
