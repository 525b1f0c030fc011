"""Forms found in the corpus read again in round forty-one, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_an_income_growth_no_single_year_could_have_is_left_out_and_the_years_kept():
    text = (
        "“十一五”以来，全县经济总量比2005年翻了一番。2010年，农民人均纯收入4120元，增长75.3%；"
        "城镇居民人均可支配收入12800元，增长11.2%；城乡居民人均可支配收入分别增长52%、61%。"
    )
    found = candidates(text, 2010)
    assert found[("农村居民人均纯收入", "元", 2010, "expected")] == "4120"
    assert ("农村居民人均纯收入", "%", 2010, "expected") not in found
    assert found[("城镇居民人均可支配收入", "%", 2010, "expected")] == "11.2"
    assert ("农村居民人均可支配收入", "%", 2010, "expected") not in found
