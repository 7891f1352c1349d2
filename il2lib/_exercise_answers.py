"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1FFu2zAMBuC7+DkWRFIUqd7GddTEiBsbltOuKHr3KdmwSsG2JEDeHH6mzJ/6bIYRuO2H1HbjvO+ap8+mO6b3uDRP"
    "1mDwwEGtteSZGDdNv+/m9fzwUtdsmmWdxvNfLXxtflm7bq4VF0jUMjA7F0DgLuV1GmN/GmMqLTES0DsSCx6sY7mLSqc5"
    "Lt1uOg5pLTUANME7RrXiArPoLW5epu2pX4fp2G7jMQ3rR+kRGo/kSZBVvQYuue/S/6D7bnxpx+ElVm2aIEjobR4FaaDb"
    "KtbqEuclpjQtlRpMcOAsWFYAIH8fu8Q+zuu0pPZ5nPpDKWowaJWC9woh5POX4p+669N/g/0WufS85lcyaz47CjM/yB2G"
    "Y1yHvsoPkmFHTlTRI5NFvIlyjVYc5Q1xmmctpFZRvHuwx0syz42WqjPkcizzUMQLwn2fcd3niM8fbfwxZ+c8uCpBloiV"
    "iJTUX03md2UJUgGmmPdwHd6usg7WBAv59KKsDoPSDbNsMh2G6ooAMtYHVYFA5/UOD1jvcdjt67U2OdcIxHkZhWy9hv/S"
    "lrhL7XZK1SQwt8WSE5MvLUK2VVouJX93jjFuSycYz14YhDD/VO51lvg6vXVj3ZKjfCejpZAvZvQ3pK+fuDHJNQ=="
)
