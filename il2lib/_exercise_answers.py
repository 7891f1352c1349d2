"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqlltFu2zAMRf8lz7VBiiIl9W9UR0u0OrZhOW2DYf8+pts6K+iWBAMCv8Q8JsV7SX3b5B656XJpYj/t4+bx2yYO5TXN"
    "m0doTRDk4AGAhInNw6bbx2k5//ket3nYzMvYn18F/P7wk7WLU02xgZwHRmZrAzq8iXJIh3E+NeU4v+SX2K+JhG3wHoSt"
    "WHZW6Dbg2Kfu2KeyRrnWBSOWHKAgKO0mVDlOaY67cchlWdMQTRs0J+PB2cDs/FXc4XAcUjOnMo1DSU0fn6v0GFsDQkGM"
    "BCuGK14dew2tx5ma3Ju6NwDWCXhD1pFF8fbGL5hPvjCnLvZVp7AV741zTI4MWDDhP/BlP85LrQPHrYBSvfcuBOPuoE9x"
    "2b/GU2nS/NxMqT730FaJ/n53zaA142sdrsZhIS08BIseWUCu4XCNm/ZjUS8uUdOusMwAAsYxs3fWmLuoc5zi4dTl4UIB"
    "goZUYcQYkNShfBN1HrfHbsnj0GzTUPJyqjpjWjEk5Ax7L/4C+RH6D+g+9l+aPn9JtZyCM2QEdCiRD3SdamrqnCbVQxnn"
    "iqrdtmgBgT0iktyGVbWnaRnn0jz1Y1f13wd1rdczFY8haP1r4kfcZfV/gN3W8JonXj+pLdfa33t/J+45D2nJXTX4DLVs"
    "1fRqTx0rBLWWPoVyDa1wpJK36kJx5HWaOLF35vg+Us+Jrqm2JavzVJvixBm87RiXvc7m6dQ8xZL7/JYP8akWvA5nXR0W"
    "IAS0oZoZv2IvW/0bmd4mxZy1UIkS0KIJVgvXB8E1Iq2IJelSWvLLhX8Q2gCoJ+o8e6vzja4w14WX53yxgJ3m57XX54PU"
    "3YR3wF5T3u3rJdeqWQwSq8MdQe3tv9HmtCvNdiwXdtabBRvyzoGXoBlWqHPM56AhpW09roVFd6UuGf15Z27kzHrHuLhb"
    "mJY4AFl1BdJZ0nyF9f0HUlXX/g=="
)
