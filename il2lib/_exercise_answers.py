"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqlldFu2zAMRf/Fz7UhkqJI9W88R02MOrZhOe2Kov8+phtWK+iQBAP8JvOIvCSv3qt+AK67PtftMB/a6vG9asf8mpbq"
    "0TUYA3BU5xwFJsaHqju083o+/IyrHqplnYbzrw4+Hn6z9u1cUnwkUcfA7H0EgZsox2lI3WlIecuSRiIGT+IggPMsN6Hy"
    "aU5Lu5/GPq9bGgA2MXhGdeIjs+hV3PF4GlO9pDxPY0710D4X6TE06ALFgCH6gFzwythr6OO0pLofsJTSOS/BC3j0HskB"
    "yY1X4DdXLKlrh6FQpAlqYkgQcBgAHf0HPh+mpdCbQGJjuoC4ECRaJ++gz8u0O3VrP431Lo25X98KNDYBKZAgqwaNhfJf"
    "oZeib6CHdniqh/4plXpEQcLgbAtII12nXqS6pNkKytNSUM8qgHfgWAGAwm1Ya1ea12nJ9Y9h6orB02hzpzZ3QSFGq39L"
    "/Bt3Wf0XsNshb3lB7UpmtdpRmPlO3HM/prXvitVFatiTF1W0xSCHeBXKJbTAkZmTV+u1kDpFW4o7c/w0hXOiW6pvyJsj"
    "WFNsBRBuk3E9mLvMb3X6ORvn3LhighwRKxEpabjozJ/ILZA2wJzMAtf+5WLWwTXRgVUvyuoxKl1hbpPMz33hzkCNC1FV"
    "INLZWeMdrNfU7w+lozY21wjEtoxCrlzDf9GWtM/1bspFJ9DSYrGJsfeCkF0xLZ8h33PGlHZbTmwCB/NlIbRP5VbOko7T"
    "SzuUKXmy59BMMdqbWJrXN6SPX3KTQXo="
)
