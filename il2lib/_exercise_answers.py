"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqllttu2zAMht8l17UhkiIl9W1UR2u0OrZhOW2DYe8+Jts6K+iWBANyF/MTDz8P3za5B266XJrYT7u4efy2iUN5S/Pm"
    "0bQYBDh4YwwJE+PDptvFaTn9ebbbPGzmZexPnxr4/vCT9RynmmIDOW8YmK0N4OAmyj7tx/nYlMP8ml9jvyYStMF7I2zF"
    "srNCtwHHPnWHPpU1yrUuoFhyBgSM0m5ClcOU5vg8DrksaxoAtkF9Qm+cDczOX8Xt94chNXMq0ziU1PTxpXKPoUUjFAQl"
    "WEGueLXtNbSmMzW5x7o2xlgnxiNZRxbE2xtfwE9emFMX+6pS0Ir36ByTIzTWYPgPfNmN81LrwHErRqneexcCujvoU1x2"
    "b/FYmjS/NFOq8x7aytHf364ZtGZ8rc21cVhIAw/BggcWI9dwsMZNu7FoLy5R3a6wzMaIQcfM3lnEu6hznOL+2OXhQgEC"
    "SKowYghA2qF8E3Uet4duyePQbNNQ8nKsKoOtIAk5ZO/FXyA/TP8B3cX+S9PnL6mWU3BIKEaHEvlA16lYU+c0qR7KOFdU"
    "rbYFa8CwBwCS27Cq9jQt41yap37sqvr7oF3rNafiIQSNf038sLuM/g+w2yKveeL1SS25xn6u/Z24lzykJXfV4ENq2WrT"
    "a3vqWCFTa+lTKNfQCkcqeatdKI68ThMn9k4fzyP15OiaaluyOk+1KE4cwm1pXHY6m6dj8xRL7vN73senWvDeBEPsAgRS"
    "kfpqHf0yvqz1b2Z6n5RzEkOlStWj6geB1EdDdbN/QqQVsSTdSkt+vWggMG0woCl1nr3VAUdXmOvIy0u+2MDOAnot9imT"
    "upzgDthbys+7esu12i0aLGv2HJm6uf9Gm9NzabZjPdBQhw871aEeBYRsKg2eTT7nDClt63EtLLordcnoz7tbObPeGBe3"
    "BbaW9OZBQ0EPH5QrpO8/AC7c12E="
)
