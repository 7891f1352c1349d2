"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1F1u2zAMAOC7+DkWxD+J6m08R02MuLFhOe2Konef0g2rFAyLAwTwQ8zPpEjqoxlGkLYfUtuN87Frnj6a7pze4tI8"
    "WYPBgQS11pITEtw1/bGb1+ufX3HNrlnWaby+auFz99s6dHOtcCCvVkCEOYCHTcrLNMb+MsZUWt74gI7JW3BgWfwmKl3m"
    "uHSH6TyktdQA0ATHgmo9BxGv97h5mfaXfh2mc7uP5zSs75UXjCOEXCE4EQdApfcd+x/12I3P7Tg8x/oEfT42ZbDoA0uw"
    "fN/F2l3ivMSUpqV00RoICp5BQdiy38YusY/zOi2p/TFO/akUNRi0SsE5hRCchlL8G3db/zfY71FKz2n+pIgiIXoReZA7"
    "Dee4Dn01QkhGmNirokMhi3gXlRqtOMpLwqrqPKlV9I4fzPFrOK+Jliob4jyZkGfJeYRtx7ge85TP7238OWfn2rhyNo0l"
    "EiUiJXU3nfkTWYJUgCnmVVyH19txtyZYyNV7FWUMSnfMMsl0GqpbAshYF1Q9BMobziQPYG9xOBzr1TYMjEDikDzZsElb"
    "4iG1+ylVrcCclwT2ee/yI19jdZXXmH9D5xj3JZQvB3FewBPmn3rc6CzxZXrtxjonxnyXAobcANGc4B3r8xddMMqg"
)
