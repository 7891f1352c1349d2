"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1FFu2zAMBuC7+DkWRFKUqN7GddTEiBsbltOuKHr3MdmwSsG2JEDeHH4WzZ/6bIYRuO2H3HbjvO+ap8+mO+b3tDRP"
    "1mD0wFGsteSZGDdNv+/m9fzwUtdsmmWdxvNfLXxtflm7bq4VFymIZWB2LkKAu5TXaUz9aUy5tIIJEb2jYMGDdRzuovJp"
    "Tku3m45DXksNAE30jlFscJE5yC1uXqbtqV+H6dhu0zEP60fpERqP5Ckgi3iJXHLfpf9B99340o7DS6qOaWJAQm91FCSR"
    "bqtYq0ual5TztFRqNNGBs2BZAID8feyS+jSv05Lb53HqD6Uo0aAVit4LxKj9l+Kfuuvuv8F+i1x6XvSVzKK9Y2DmB7nD"
    "cEzr0Ff5QTLsyAUR9MhkEW+iXKMVR7ohTnTWgcQKBu8ePOMlmeeDlqoz5DSWOpTgA8J9n3Hda8Tnjzb9mNU5D65KkGZH"
    "Z41A6lmsyN+VJUgFmJPu4Tq8XWUdrIkWtPsgLA6j0A2zPGQ+DFdXRHCAonM5N63rCA9g72nY7eu9Nhps7ZV1GwPZeg//"
    "pS1pl9vtlKtRoLGeg0ZGby1CtlVcLiV/d44pbUsnGs8+MARC/Um411nS6/TWjfWRHOmljJai3szob0hfPwH/gskw"
)
