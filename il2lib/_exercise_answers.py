"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1NtuozAQBuB34TpYnpPt6duwxE1QKCBM2q2qvntNu9riarUhN9zAfBo8v+et6nqQuu1S3fTTuake3qpmSC9xrh6s"
    "IesAISiSsxCCP1TtuZmW9eVnXXWo5mXs108tvB++rFMzlQowOmTx4FFB1eEu5mnsY3vtY9piaJScY7WO2YIH2UWl6xTn"
    "5jQOXVq2GpGBrAiRZ2W82dc0j8dru3TjUB/jkLrltehNjGdmtJ6cihXrtt537X/Uc9M/1n33GIsujVcgL17Jg3VWbrNY"
    "snOc5pjSOG9Z8IZBnWUiDKhO3T53jm2clnFO9a9+bC/FCbBRDIIhCK8HWuTlb93P//8G2yPK1mM1qDk2zosNltnLneCl"
    "G+LStWWEyLjgHQVPBCSoN00pzUILRhCsJVDvcoLcnQ1+JnPtsgx5Hgg7BvY+x5N3mcs5R3x6rePvKTvr3LazNpZICfJp"
    "5vvHpMVk/pRuRdqIKeaLuHTPP+LOJt9EAOH8zI3iDXHbY7p0xYoAMSIO1VrPIoTEd2AvsTudl/Jv89Fhnq1D8mRV9mhz"
    "PKX6OKZYSvnWAQbNG1BD3jihoNaaf0NDjMctpEZcIAkBNOStxbTTmePT+Nz0ZTrYeot5v/jcUd4JN6j3D7LMybU="
)
