"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqVlV1u4zAMhO/i59rgjyhRexuvoyZGHduwnHaLondfpl1sraBFEiBvCb9wyOHoreoHlLrrc90O86Gtfr1V7Zhf0lL9"
    "goaiR4kKAOyFhR6q7tDO6/nLj7rqoVrWaTj/FPD94ZO1b+eS4iIHBUER5yIGvIlynIbUnYaUt6zQhEjecQD0CE7CTah8"
    "mtPS7qexz+uWhkhN9E5IIbgoEvQq7ng8jake2qeiK8GGwHP05KPzJAXms2RJeZ7GnH4gHqcl1f1A5eAAXPAuoCPniAE5"
    "3EimL/KSunYYCtmNV1McfEAgjwR8PzUfpqWYJWOIjYnHAN6HaFu6Azov0+7Urf001rs05n59LdDUeGLPgUTVayzG+1V6"
    "OdkN9NAOj/XQP6ZyDDEQkwdzOGvk69SLVpc0m6A8LQX1PAV0gCCKiOxvw9qW0rxOS65/D1NXuEujmUvNXF4xRtO/Jf6v"
    "u1T/Bex2JFueV/tLETXtFETkTtxTP6a174qzJG7EsQuqZO5nILoKlRJa4NiCx6ntOrCCkp3AnT1+HPy50S3VNezs2m0p"
    "5nzC28a4Hiw55tc6/ZmNc15c4SBgFmVmZfUXm/lXuQXyBpiTxdvaP194HaGJgKY+qKijqHyFuW0yP/VF8iI34KNqwMjn"
    "1Ix3sF5Svz+UadmYrwlZ7BgDQ3mGP9GWtM/1bsrFJsjakmCOsbeASaBwy0fJ95wxpd2WExsv3sI3MNlHw62cJR2n53Yo"
    "W3JsT51lYbT3rgyvb0jvfwHbWDMK"
)
