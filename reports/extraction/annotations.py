"""The qualifiers written between a figure's name and its value, passed over in reading it: the
scope or the prices it is reckoned at, its base, a note in brackets, a footnote's mark."""

OVER_LAST_YEAR = (
    r"同比|(?:比|较)\s*(?:上一?\s*年|去\s*年)(?:同期)?"  # over the year before (去⏎年 wrapped)
)
# the scope or the prices a figure is reckoned at, its base year and a note perhaps said
# (按2005年可比价格（下同）计算, 按当年价格计算; 当年 alone is a bridge word)
_CURRENT = r"当年|现行"
# the words of a figure at current prices, not at comparable ones (名义, 现价, 按当年价格)
# (a 现价 in brackets after a name is the level's: 地区生产总值（现价） | 1856.3 | 5.5)
CURRENT_PRICES = rf"名\s*义|(?<![（(])现\s*价|(?:{_CURRENT})\s*价"
PRICES = (
    rf"(?:按\s*)?(?:(?:19|20)\d{{2}}\s*年)?(?:同|可比|不变|{_CURRENT})(?:口径|价格?)"
    r"(?:[（(]\s*下\s*同\s*[)）])?(?:计算|对比|比较)?"
)
# Qualifiers of a figure written between its name and its value: annotations, not part of the
# name or the value (同口径, 按可比价格计算, 可比增长, 扣除价格因素后, 剔除留抵退税因素, （GDP）,
# 名义).
ANNOTATION = (
    # （同口径）, （预计，下同）; a copy may break its line inside (固定资产投资（⏎不含农户）)
    r"[（(](?=[^（）()。；]{1,17}[）)])[^（）()。；\n]*\n?[^（）()。；\n]*[）)]"
    rf"|{PRICES}"
    r"|按?(?:商务部|外汇局|外管局|海关|统计|财政|全|自然|省|市)口径(?:计算)?"
    r"|(?:可比|自然)(?=\s*(?:增长|增速|增幅|下降))|可(?=\s*(?:突破|超过|超|逾))"  # 预计…可突破 1980 亿元
    r"|(?:全年)?平均值?(?=\s*(?:为|是|达到?|控制在|上涨|上升|增长|下降)?\s*\d)"  # 城镇调查失业率平均为 5.2%
    r"|(?:扣除|剔除)(?:(?:19|20)\d{2}\s*年|[^，,。；;\d]){0,20}?(?:因素|影响)(?:影响)?后?"
    r"|还\s*原[^，,。；;\d]{0,20}?(?:因素后?|后)"  # 还原留抵退税因素后, 还原政策性退税减税后
    r"|(?:根据|按照|据)[^，,。；;\d]{1,16}?(?:结果|数据)"  # 根据省统计局的修订结果
    # (实际 not of a capital's name: 实际到位内资, 实际利用外资)
    rf"|(?:名义|实际(?!\s*(?:到位|利用|使用|吸收|到账))|现价|{OVER_LAST_YEAR}|(?:比|较)\s*(?:19|20)\d{{2}}\s*年)"
    r"|[\[［]\s*\d{1,2}\s*[\]］]|[①-⑳]"  # a footnote's mark: 一般公共预算收入[1]17.7 亿元
    r"|(?<![\d一二三四五六七八九十两几多])年(?=\s*增长)"  # …达到 9145 亿元，年增长 14.4% (not 五年增长)
)
# the level compared with, after its year (比一九六二年的七亿一千二百万斤增长, 比上年的144元增长)
OVER_A_LEVEL = (
    rf"(?:{OVER_LAST_YEAR}|(?:比|较)\s*(?:19|20)\d{{2}}\s*年)的\s*\d+(?:\.\d+)?\s*[万亿]?"
    r"(?:元|美元|斤|吨|人|户|家)"
)
