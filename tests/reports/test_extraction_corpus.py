"""Extraction measured on real reports its rules were not written from (issue 14).

tests/reports/data/corpus/ holds excerpts of plan-execution reports and government work reports
of the country, provinces, cities and counties, 2002–2025, each with its source in sources.csv,
and every figure of a standard indicator in them labelled by hand in labels.csv. Five of them
(`dev`) were read while the rules were written; six (`heldout`) were kept to score the rules
(README: how blind that score is); ten more (`blind`) were found and labelled by someone who
never ran, read or imported the extraction code, so their score is the first fully blind one;
twelve more (`blind2`) were found and labelled by hand before extraction first ran on them, and
eleven more (`blind3`, 2006–2024, with copies that break lines inside sentences) likewise; and
five more (`blind4`) were found and labelled after the rules written from blind3, and scored
once with no rule changed after: a check of those rules on reports they were not written from.
Eleven more (`blind5`) were found and labelled by hand at the start of the fourth round, before
extraction ran on them, and scored untouched before its rules were written; eight more
(`blind6`, half of them plan-execution reports) likewise at the start of the fifth round. Ten more
(`blind7`, delivered 2005–2025, half of them plan-execution reports) were found and labelled by
hand while the fifth round's rules were being written elsewhere, and scored once on the fourth
round's rules and once on the fifth's: a check of both on reports neither was written from.
Twelve more (`blind8`, delivered 2007–2025 in Jiangsu, Hubei and Anhui, half of them
plan-execution reports) were found and labelled by hand after the sixth round's rules, and scored
once on them, unchanged: a check of those rules on reports they were not written from. Ten
more (`blind9`, delivered 2006–2025 in Jiangxi, Hunan, Qinghai, Tibet, Xinjiang and Guangxi, half of
them plan-execution reports) were found and labelled by hand after the sixth round, and scored once
on its rules, untouched: how main does on text it has never seen. Ten more (`blind10`, delivered
2005–2023 in Shandong, Henan, Hebei, Shanxi and Shaanxi, four of them plan-execution reports) were
found and labelled by hand after the eighth round, and scored once on its rules, untouched.
Fourteen more (`blind11`, delivered 2018–2025 in Guangdong, Zhejiang, Fujian, Yunnan, Guizhou and Jilin, seven of them
plan-execution reports) were found and labelled by hand after the eighth round, before extraction
ran on them, and scored once on its rules, untouched. Twelve more (`blind12`, delivered 2011–2024
in Hubei, Hunan, Chongqing, Yunnan, Guizhou, Sichuan and Guangxi, six of them plan-execution
reports, one with its table of main indicators as text) were found and labelled by hand after the
ninth round, before extraction ran on them, and scored once on its rules, untouched. Ten more
(`blind13`, delivered 2017–2025 in
Zhejiang, Jiangsu, Anhui, Henan and Jiangxi, six of them plan-execution reports, three with their
table of targets and results copied as text) were found and labelled by hand after the ninth
round, before extraction ran on them, and scored once on its rules, untouched. Eight more
(`blind14`, delivered 2019–2025 in Tianjin, Beijing, Jilin, Inner Mongolia, Heilongjiang, Xinjiang
and Guizhou, four of them plan-execution reports of districts and a county) were found and labelled
by hand after the tenth and eleventh rounds, before extraction ran on them, and scored once on
those rules, untouched. Eight more
(`blind15`, delivered 2007–2024 in Zhejiang, Hunan, Fujian, Sichuan and Guangdong, four of them
plan-execution reports of districts) were found and labelled by hand after the eleventh round,
before extraction ran on them, and scored once on its rules, untouched. Ten more (`blind16`,
delivered 2007–2025 in Shanghai, Chongqing, Yunnan, Inner Mongolia, Ningxia and Gansu, five of them
plan-execution reports, two of a district and a banner; one copy in traditional characters) were
found and labelled by hand after the twelfth round, before extraction ran on them, and scored once
on its rules, untouched.
Eight more (`blind17`,
delivered 2018–2025 in Beijing, Tianjin, Hebei, Henan, Liaoning and Heilongjiang, four of them
plan-execution reports of a city, two districts and a county) were found and labelled by hand after
the twelfth round, before extraction ran on them, and scored once on main as it stood, untouched.
Eight more (`blind18`,
delivered 2012–2024 in Sichuan, Shaanxi, Hunan and Guangxi, four of them plan-execution reports, one
of a county) were found and labelled by hand after the twelfth round, before extraction ran on them,
and scored once on main as it stood, untouched.
Nine more (`blind19`,
delivered 2017–2025 in Liaoning, Zhejiang, Shandong, Jilin and Inner Mongolia, five of them plan
reports, three of a district and a banner) were found and labelled by hand after the twelfth round,
before extraction ran on them, and scored once on main as it stood, untouched.
Eleven more (`blind20`,
delivered 2021–2025 in Guangdong, Fujian, Jiangxi, Hunan, Hubei, Henan, Anhui and Shanxi, five of
them plan-execution reports, three of districts) were found and labelled by hand after the twelfth
round, before extraction ran on them, and scored once on main as it stood, untouched.
Eleven more (`blind21`, delivered 2022–2025 in Guizhou, Gansu, Shaanxi, Beijing, Tianjin, Chongqing,
Yunnan and Sichuan, seven of them plan-execution reports, four of districts and a county) were found
and labelled by hand after the twelfth round, before extraction ran on them, and scored once on main
as it stood, untouched.
Eight more (`blind22`, delivered 2006–2025 in Hebei, Jiangsu, Shanghai, Liaoning, Jilin, Heilongjiang
and Inner Mongolia, four of them plan-execution reports, two of a county and a district, one with its
table of targets and results one cell a line) were found and labelled by hand after the twelfth
round, before extraction ran on them, and scored once on main as it stood, untouched.
Eight more (`blind23`, delivered 2014–2024 in Zhejiang, Anhui, Shandong, Hubei and Hunan, four of them
plan-execution reports, two of a district and a county with their tables of main indicators copied
one cell a line) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (d805eef), untouched.
Eight more (`blind24`, delivered 2014–2024 in Sichuan, Chongqing, Hainan, Gansu and Beijing, four of
them plan-execution reports, one of a district, one a PDF's text layer with a line break around
every number) were found and labelled by hand after the thirteenth round, before extraction ran on
them, and scored once on main as it stood, untouched.
Eight more (`blind25`, delivered 2015–2025 in Beijing, Tianjin, Hebei and Inner Mongolia, four of them
plan-execution reports of the districts 东城区 (three years) and 通州区 in Beijing) were found and
labelled by hand after the fifteenth round, before extraction ran on them, and scored once on main as
it stood (8de356a), untouched.
Eight more (`blind26`, delivered 2015–2023 in Zhejiang, Jiangxi, Fujian, Jiangsu and Hubei, four of
them plan-execution reports of a county and three districts, one the text of a PDF with spaces inside
its decimals) were found and labelled by hand after the fifteenth round, before extraction ran on
them, and scored once on main as it stood (8de356a), untouched.
Nine more (`blind27`, delivered 2011–2024 in Chongqing, Guangdong, Shaanxi, Yunnan and Guizhou, three
of them plan-execution reports, one of a district; the others work reports of cities, a province and a
county as press copies give them) were found and labelled by hand after the fifteenth round, before
extraction ran on them, and scored once on main as it stood (8de356a), untouched.
Ten more (`blind28`, delivered 2006–2024 in Guangdong, Jiangxi, Guangxi and Hainan, five of them
plan-execution reports of Foshan twice, Shenzhen, Xinyu and the district 花都区; the others work reports
of Ganzhou, Nanchang, the county 苍梧 and the districts 海珠区 and 崖州区) were found and labelled by hand
after the sixteenth round, before extraction ran on them, and scored once on main as it stood (8135a71),
untouched.
Eight more (`blind29`, delivered 2008–2024 in Tibet, Shaanxi and Sichuan, four of them plan-execution
reports of Tibet (twice), Shaanxi and Sichuan; the others work reports of Sichuan 2008, Tibet 2018 and the
counties 理县 and 陇县) were found and labelled by hand after the sixteenth round, before extraction ran on
them, and scored once on main as it stood (8135a71), untouched.
Eight more (`blind30`, delivered 2004–2025 in Anhui, Shanxi, Hunan, Hubei and Henan, five of them plan
reports — the plans of Anhui 2004 (a paper's summary), Shanxi 2005 (the plan as issued), Hubei 2020, the
county 寿县 and the district 开福区 — and the work reports of Hunan 2021 (a press digest, one point a line)
and the counties 叶县 and 封丘) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (8135a71), untouched.
Eight more (`blind31`, delivered 2018–2025 in Zhejiang, Beijing, Tianjin and Shandong, four of them
plan-execution reports, two of them of districts) were found and labelled by hand after the sixteenth
round, before extraction ran on them, and scored once on main as it stood (8135a71), untouched.
Eight more (`blind32`, reviewing 2014–2025 in Liaoning, Jilin and Inner Mongolia, four of them plan reports: of
the district 沈河区, the city 盘锦, the county 通榆 and Inner Mongolia's plan for 2020; the others work reports of
the districts 铁西区 and 东洲区 (a PDF's text, broken lines), the prefecture 延边 and the city 松原) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (8135a71), untouched.
Nine more (`blind33`, reviewing 2016–2025 in Guangdong, Hunan, Fujian and Hubei, five of them plan reports: of
Guangdong for 2019, Changsha for 2022 and Dongguan for 2016, 2024 and 2025; the others work reports of the
counties 长沙县 and 闽清 and the city 咸宁) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (684329c), untouched.
Nine more (`blind34`, reviewing 2018–2025 in Chongqing, Sichuan and Hainan, five of them plan reports: of the
municipality and the districts 万州区 (its table of targets and results one cell a line), 涪陵区, 沙坪坝区 and 长寿区;
the others work reports of Sichuan 2019 and 2026 as papers quote them, Sanya and the county 中江) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (684329c), untouched.
Nine more (`blind35`, reviewing 2014–2023 in Shanghai, Shandong, Zhejiang, Anhui and Jiangsu, five of them
plan reports: of the district 浦东新区 twice (their tables of main indicators one cell a line, each cell ending
in ' |'), Jinan twice (the plan as the city issued it in April) and Shaoxing (delivered in April: final); the
others work reports of the counties 霍邱, 霍山 and 沭阳 and the county-level city 诸暨) were found and labelled
by hand before extraction ran on them, and scored once on main as it stood (684329c), untouched.
Nine more (`blind36`, reviewing 2011–2025 in Tianjin, Hebei, Liaoning, Qinghai and Ningxia, five of them plan
reports: of Tianjin 2020, the districts 东丽区 (a page that drops the punctuation between figures) and 红桥区, the
county-level city 新乐 and Shenyang 2018; the others work reports of the district 滨海新区 2011, the counties 湟源 and
中宁 and the prefecture 果洛 as a news report quotes it) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (684329c), untouched.
Eight more (`blind37`, reviewing 2014–2025 in Henan, Hubei, Hunan, Jiangxi and Anhui, four of them plan
reports: Hunan's plan for 2025 as issued, Hunan's for 2024 as a department's site gives it, and the districts
瑶海区 and 睢阳区 (a page that drops the comma between two figures); the others work reports of the cities 襄阳,
宜春 (its targets in a news report), 周口 (delivered in April: final) and 邵阳 (a news report of the congress))
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (225cb91),
untouched.
Eight more (`blind38`, reviewing 2005–2025 in Guangdong, Fujian, Hainan, Yunnan and Guangxi, four of them plan
reports: of the district 天河区 for 2019 (delivered in June: final), the county 琼中, Shenzhen 2016 and Ningde 2005;
the others work reports of 天河区 for 2024, the district 五华区, Zhangzhou 2021 as a news site quotes it (增 written
増) and the county-level city 横州) were found and labelled by hand before extraction ran on them, and scored once
on main as it stood (225cb91), untouched.
Nine more (`blind39`, reviewing 2008–2025 in Chongqing, Sichuan, Shaanxi and Tibet, one of them a plan report: of
the county 奉节; the others work reports as papers quote them: Chongqing 2018 and 2023, Sichuan 2009, Tibet 2019
and 2026, Xi'an 2023, Chengdu 2024 and the district 渝北区 2017) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (225cb91), untouched.
Eight more (`blind40`, reviewing 2018–2025 in Zhejiang, Shanghai and Shandong, five of them
plan reports: of the county-level city 桐乡 (its table of main indicators one cell a line), the county 阳谷, the county
金乡 twice (the plan as issued) and Shandong's plan for 2023; the others work reports of Ningbo, Shanghai 2026 and the
district 青浦区 as an investment site quotes it) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (225cb91), untouched.
Nine more (`blind41`, reviewing 2003–2025 in Beijing, Tianjin, Hebei, Jilin and Inner Mongolia, five of them plan
reports: of Inner Mongolia 2003 (its yearbook's copy), the county 通化县 2025 and the district 滨海新区 2022, and the
plans of the district 南开区 for 2023 and 2024 as issued; the others work reports of Beijing 2021, Changchun 2023 and
Inner Mongolia 2023 as news reports quote them and of Handan 2024) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (225cb91), untouched.
Eight more (`blind42`, reviewing 2019–2023 in Hunan, Henan, Jiangxi, Anhui and Hubei, five of them plan
reports: Hunan's plan for 2022 as issued, Xinxiang's for 2023 as issued, and the reports of Jiujiang, Hefei (a
.docx's text in one paragraph) and the district 雨花区; the others work reports of the counties 澧县 (a news report)
and 郏县 and the district 东宝区 (a PDF's text, broken lines)) were found and labelled by hand before extraction ran
on them, and scored once on main as it stood (a1e6c41), untouched.
Eight more (`blind43`, reviewing 2013–2024 in Guangdong, Fujian and Hainan, four of them plan reports of the Guangzhou
districts 白云区 (2021, its table of targets and results one cell a line, and 2024), 番禺区 2023 and 荔湾区 2024; the others
work reports of the districts 南沙区, 美兰区 and 龙岗区 and of Xiamen, most as news reports quote them) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (a1e6c41), untouched.
Five more (`blind44`, reviewing 2021–2024 in Chongqing, Sichuan, Xinjiang and Ningxia, two of them plan reports:
of the districts 开州区 and 双流区 (a yearbook's text with its column breaks as spaces, inside words
and before numbers); the others work reports of the district 雁江区 and of Shizuishan as news reports quote them, and
of the county 尉犁) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (a1e6c41), untouched.
Nine more (`blind45`, reviewing 2008–2022 in Jiangsu, Zhejiang, Shanghai and Shandong, six of them plan reports:
the district 江宁区's targets for 2009 (each with a 期成 stretch value), the district 长宁区 2017 (its table one cell
a line), the district 江干区 2019, Hangzhou 2019 (delivered in April: final), the county-level city 寿光 2022 and
Linyi 2013 (the plans as issued); the others work reports of the district 闵行区 2011, Shanghai 2019 (an abstract)
and Taizhou 2020 as a news report quotes it) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (a1e6c41), untouched.
Six more (`blind46`, reviewing 2014–2024 in Beijing, Tianjin and Liaoning, three of them plan reports: of the
district 西城区 for 2014 and 2023 and of the district 河北区 of Tianjin (a page that drops the punctuation between two
figures); the others work reports of the district 朝阳区 2016, Shenyang 2020 and Liaoning 2022) were found and labelled
by hand before extraction ran on them, and scored once on main as it stood (a1e6c41), untouched.
Eight more (`blind47`, reviewing 2013–2025 in Shanghai, Jiangsu, Zhejiang, Shandong and Fujian, four of them plan
reports: of the districts 徐汇区 (its table of targets and results one cell a line, each unit's closing bracket
lost) and 普陀区, of Ningbo (a paper's summary) and of the county-level city 常熟 (a document site's copy); the others
work reports of Qingdao, Fujian, the district 历城区 and the county 淳安 as news reports quote them) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (907c58b), untouched.
Ten more (`blind48`, reviewing 2010–2025 in Beijing, Tianjin, Liaoning and Inner Mongolia, two of them plan reports:
of the district 河北区 of Tianjin for 2023 and 2025 (the second without its title); the others work reports of the
districts 河西区 (Tianjin), 沈河区 and 旅顺口区 (Liaoning), 朝阳区, 西城区 2010 and 东城区 (Beijing, the last as a news report
quotes it), of the banner 阿拉善右旗 and of Baotou) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (907c58b), untouched.
Nine more (`blind49`, reviewing 2006–2023 in Hubei, Anhui, Jiangxi, Henan and Hunan, one of them a plan report: the
district 望城区's reading of its plan report for 2022 (a page that drops characters between clauses); the others work
reports of the district 江岸区 2010, Wuhan 2006, Anhui 2011 and 2018, Ma'anshan 2018, Ganzhou 2023 (an infographic's
text), Henan 2021 (a paper's reading) and the district 芙蓉区 2018 as news reports quote them) were found and labelled
by hand before extraction ran on them, and scored once on main as it stood (907c58b), untouched.
Eight more (`blind50`, reviewing 2008–2024 in Guangdong, Guangxi, Hainan and Guizhou, two of them plan
reports: of Wuzhou 2021 and the county-level city 琼海 2021; the others work reports of Guangdong 2022,
Hainan 2022 and 2023, Guiyang 2016 and the districts 福田区 2008 and 龙岗区 2024, as news reports and
reposts quote them) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (907c58b), untouched.
Five more (`blind51`, reviewing 2016–2025 in Shaanxi, Xinjiang, Tibet and Gansu: the work reports of the district
汉滨区 2024 (delivered in March), of Xinjiang for 2016 and 2025 and of Lhasa's targets for 2018 as news reports give
them, and Gansu's congress committee's report on the plan report for 2025; no county or district plan report the
search tool stores reached its figures) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (907c58b), untouched.
Eight more (`blind52`, reviewing 2015–2025 in Shandong, Jiangsu, Shanghai and Fujian, four of them plan reports: of
the county-level city 滕州 (the plan as issued), the district 海门区 (its results one a dash line), the district 黄浦区
(its table of indicators one row a line, cells apart by spaces) and the county-level city 高邮 (a paper's report of its
targets); the others work reports of the districts 嘉定区 (a copy run together in one paragraph) and 宝山区, the
county-level city 如皋 and Fuzhou's targets) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (729a673), untouched.
Seven more (`blind53`, reviewing 2018–2025 in Beijing, Tianjin and Jilin, one of them a plan report: of the district
大兴区 for 2024 (its opening summaries); the others work reports of Jilin 2025, Tianjin 2018 and 2023, Beijing 2023,
Changchun's targets for 2025 and the district 海淀区 2024, most as news reports and papers quote them; no other plan
report of these provinces the search tool stores reached its figures unused) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (729a673), untouched.
Nine more (`blind54`, reviewing 2021–2025 in Anhui, Hubei and Hunan, three of them plan reports: of the district
瑶海区 for 2024, of Jingzhou for 2021 and Hubei's plan for 2022 as a forum reposts it; the others work reports of the
county 通城 and the district 张湾区 (December 2022), of Jingzhou 2024 and Yongzhou 2025 as news reports read them, of
Anhui 2024 as a digest gives it and Wuhu's targets for 2025) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (729a673), untouched; the searches reached no plan report of Henan or
Jiangxi not in the corpus already whose stored copy holds its figures.
Eight more (`blind55`, reviewing 2011–2024 in Guangdong and Yunnan, four of them plan reports: of Foshan for 2022
and 2023, of Qingyuan for 2020 (its table of main indicators, targets and results, one cell a line) and of Zhongshan
for 2018 (a page that drops 年, 月 and colons); the others work reports of the districts 增城区 and 荔湾区 (the latter
without title or date, delivered after April: final), of Huizhou as a news report quotes it and of the prefecture 迪庆 as
its paper's sidebar quotes it) were found and labelled by hand before extraction ran on them, and scored once on main
as it stood (729a673), untouched.
Seven more (`blind56`, reviewing 2010–2022 in Shaanxi and Xinjiang: the work reports of Xi'an for 2014, 2016 and 2019
(the last as a paper reads it, delivered in May: final), of the districts 未央区 2013 and 新城区 2010 of Xi'an, of
Shaanxi 2015 as a news report quotes it and Xinjiang's targets for 2023; no plan report the search tool stores in these
provinces reached its figures except ones already in the corpus) were found and labelled by hand before extraction ran
on them, and scored once on main as it stood (729a673), untouched.
Eight more (`blind57`, reviewing 2003–2023 in Zhejiang, Jiangsu and Shandong, five of them plan reports: of the
districts 江北区 and 镇海区 of Ningbo (the latter's results one a dash line), of Wenzhou for 2015 (its table of
targets and results one cell a line, empty lines between), of Taizhou for 2003 (its year's approved targets, then its
results) and the county-level city 温岭's plan for 2023 as issued; the others work reports of Jinan (its 2023 targets),
Nanjing 2021 (a PDF's text, spaces around numbers) and Yangzhou 2024 as a news report quotes it) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (b0f3bb4), untouched.
Eight more (`blind58`, reviewing 2005–2025 in Inner Mongolia, Shanxi, Hebei, Heilongjiang, Jilin and Liaoning, three of them
plans as issued — of the league 锡林郭勒 for 2018 and 2024 and of Changzhi for 2023 —; the others work reports of Baoding
2022, Daqing 2014, Changchun 2006, Liaoning 2025 and Heilongjiang's 2006 targets; no county or district plan report the
search tool stores in these provinces reached its figures except ones already in the corpus) were found and labelled by
hand before extraction ran on them, and scored once on main as it stood (b0f3bb4), untouched.
Eight more (`blind59`, reviewing 2016–2023 in Hunan, Anhui and Hubei, four of them plan reports: of Yueyang for 2022,
of Suzhou (宿州) for 2020 (its table of targets and results one cell a line, each cell ending in ' |') and for 2021 (a
repost without the city's name), and Bengbu's for 2021 as a news report quotes its targets and results; the others work
reports of the counties 竹山, 宜章, 兴山 (delivered in April: final) and 黄梅 (a document site's copy run together in one
paragraph)) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(b0f3bb4), untouched.
Seven more (`blind60`, reviewing 2016–2024 in Hainan and Yunnan, all work reports: of Haikou for 2019
(delivered in May: final) and 2020, of the district 吉阳区 (a paper's digest in bullets), the counties 屯昌
(its targets, as a news report gives them) and 临高, the county-level city 文昌 (a paper's reading, delivered
in May: final) and the prefecture 迪庆 (a sidebar quoting it); no plan report of Guangdong, Guangxi, Hainan,
Yunnan or Guizhou the search tool stores reached its figures unused) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (b0f3bb4), untouched.
Six more (`blind61`, reviewing 2013–2023 in Sichuan, Chongqing and Shaanxi: the work reports of the districts 贡井区
2013 (delivered in December, its targets with a stretch figure after 力争), 温江区 2016 and 永川区 2021, and of the cities
榆林 2013, 咸阳 2016 and 宝鸡 2023 as papers and news sites quote them; none a plan report: the search tool's copies of
the plan reports of these provinces stop before their figures or are already in the corpus) were found and labelled by
hand before extraction ran on them, and scored once on main as it stood (b0f3bb4), untouched.
Nine more (`blind62`, reviewing 2012–2022 in Shandong, Jiangsu, Zhejiang, Shanghai and Fujian, one of them a plan:
the county 嘉祥's plan for 2023 as issued; the others work reports of Jiangsu 2016, Zhejiang 2022, Shanghai 2016 and
Fujian 2015, of the cities 泉州 2012 and 苏州 2022, the county 平阴 2018 and the district 历下区's targets for 2022, most
as news reports quote them; no other plan report of these provinces the search tool stores reached its figures unused)
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (c555386), untouched.
Eight more (`blind63`, reviewing 2004–2025 in Inner Mongolia, Liaoning, Shanxi and Jilin, one of them a plan report: of
Hohhot for 2018; the others work reports of Hohhot for 2019 (delivered in April: final) and 2021, 鞍山 for 2006 (its
draft, as a paper reports the meeting that passed it) and 2025, 赤峰 for 2024, Shanxi for 2023 and Jilin's draft for
2004 as the governor's speech on it quotes it; no other plan report of these eight provinces the search tool stores
reached its figures unused) were found and labelled by hand before extraction ran on them, and scored once on main as
it stood (c555386), untouched.
Eight more (`blind64`, reviewing 2011–2021 in Henan, Hubei, Anhui and Jiangxi, one of them a plan report: Lu'an's
for 2021, whose stored copy stops after its first figures; the others work reports of Jingzhou (its 2014 targets), Jiangxi
2011 (a reading of its 2012 targets) and 2021, Henan 2017, Shangqiu 2017, the county 延津 (delivered in April: final) and
Pingxiang's report of October 2021 (2020's levels: final), as papers, news sites and document sites copy them; no other
plan report of these provinces the search tool stores reached its figures unused) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (c555386), untouched.
Six more (`blind65`, reviewing 2011–2022 in Guizhou, Guangdong and Hainan, three of them plan reports: of the
prefecture 黔东南 2021 (its copy starting at the date line), the district 新会区 2017 (its date line without 年 and 月)
and the district 琼山区 2020 (its main indicators one a line after ——); the others work reports of the district 南海区
2023 and the city 茂名 2011 as news reports quote them, and of the county 黎平 2022) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (c555386), untouched.
Seven more (`blind66`, reviewing 2006–2025 in Shaanxi, Sichuan, Chongqing and Qinghai, one of them a plan report: Shaanxi's
for 2025 on its commission's site; the others work reports of the cities 咸阳 and 乐山 for 2025 and the county 宣汉 for 2023
as news reports give them, and of Sichuan 2009, Chongqing 2012 and Qinghai 2006; no county or district plan report the
search tool stores in these provinces reached its figures unused) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (c555386), untouched.
Thirteen more (`blind67`, reviewing 2006–2025 in Jiangsu, Zhejiang, Shanghai and Shandong, one of them a plan
report: Lianyungang's for 2023, its results one a dash line; the others work reports of the cities 镇江 2018, 宿迁 2025
and 舟山 2019 (delivered in April: final), the county-level cities 嵊州 2015 and 宜兴 2025, and the districts 盐都区 2006,
武进区 2025, 静安区 2023, 虹口区 2017 (a copy run together in one paragraph), 杨浦区 2012 and 2023 (its targets) and
市南区 2021, most as news reports give them; no other plan report of these five provinces the search tool stores
reached its figures unused) were found and labelled by hand before extraction ran on them, and scored once on main
as it stood (48351b8), untouched.
Six more (`blind68`, reviewing 2013–2025 in Beijing, Tianjin, Hebei, Inner Mongolia and Jilin, three of them plan reports:
of the districts 大兴区 (its targets for 2022 as a news site reposts them) and 河西区 (Tianjin, 2019) and Tongliao's plan
for 2023 as issued; the others work reports of the district 东城区 2024, the county 大厂 2013 (an e-book's copy naming no
county) and the county-level city 龙井 2025 (a news report of the congress); no other plan report of these eight provinces
the search tool stores reached its figures unused) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (48351b8), untouched.
Six more (`blind69`, reviewing 2012–2025 in Hubei, Henan and Jiangxi, three of them plan reports: Huangshi's
plan report for 2016 on its commission's site and the plans of Luoyang for 2023 and Xinxiang for 2022 as the city
governments issued them (the latter in April: final); the others work reports of Nanyang 2022 (a news site's digest in
bullets), Nanchang 2013 (a paper's report) and Pingdingshan 2026; no county or district plan report of Henan, Hubei,
Hunan, Jiangxi or Anhui the search tool stores reached its figures unused) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (48351b8), untouched.
Eight more (`blind70`, reviewing 2018–2024 in Guangdong, Hainan, Yunnan and Guizhou, four of them plan reports of
Shenzhen's districts on their governments' sites: 光明区 for 2022, 2023 and 2024 and 龙华区 for 2021 (delivered in April:
final; the copy drops the stop after a bold lead); the others work reports of the district 福田区 2018 as a news report
quotes it, the Haikou district 龙华区 2024, the prefecture 德宏 2024 and the city 毕节 2020 (its review of the five-year
plan); the stored copies stop before any target) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (48351b8), untouched.
Seven more (`blind71`, reviewing 2019–2024 in Shaanxi, Qinghai, Tibet, Chongqing and Sichuan, all work reports: of the
cities 安康 and 渭南, the prefecture 海西, the city 海东 (a summary), the 2023 targets of the city 山南 as a paper reports
them, Chongqing 2019 and Sichuan 2023 as news reports give them; no plan report of these provinces the search tool stores
reached its figures unused) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (48351b8), untouched.
Eight more (`blind72`, reviewing 2011–2024 in Shanghai, Zhejiang, Jiangsu and Shandong: the plan reports of Jiaxing for
2017 (its table of main indicators, one row over two lines) and Shanghai for 2011 on the governments' sites; the work
reports of Jiaxing 2024, the district 余杭区 2014, the county-level city 海宁 2021 (a PDF's text layer), Jinan 2019 (delivered
in May: final), Nanjing 2022 and Yancheng 2021 as news or document sites give them; no county or district plan report of
these provinces the search tool stores reached its figures unused) were found and labelled by hand before extraction ran
on them, and scored once on main as it stood (f45b74d), untouched.
Six more (`blind73`, reviewing 2016–2023 in Beijing, Tianjin and Liaoning, one of them a plan report: of the Tianjin
district 和平区 for 2021 (its results, the copy stopping before its targets); the others work reports of the Beijing districts
石景山区 2022 (a forum's copy run together), 门头沟区 (its 2020 targets as the district paper prints them) and 平谷区 2016 (a
new term's five-year review), of the Shenyang district 沈北新区 2020 (a news repost with spaces around its numbers) and the
2023 targets of the Shenyang district 和平区 as its head restates them; no other plan report of these eight provinces the
search tool stores reached its figures unused) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (f45b74d), untouched.
Seven more (`blind74`, reviewing 2014–2024 in Hunan, Henan, Anhui and Hubei, three of them plan reports: of the
county-level cities 湘乡 (its indicators one a dash line: the year's plan, the months so far, the year expected) and 汨罗
for 2023 and 2022, and Zhoukou's for 2024 as a paper's bullets; the others work reports of the district 庐阳区 2021, Hefei
2014, the Wuhan district 武昌区 2018 and Anhui 2016 (a copy breaking lines inside words); no other plan report of these
five provinces the search tool stores reached its figures unused) were found and labelled by hand before extraction ran
Eight more (`blind75`, reviewing 2009–2024 in Guangdong, Yunnan, Guizhou and Hainan, five of them plan reports of
Shenzhen's districts on their sites and a repost: 盐田区 for 2020 and 2022, 宝安区 for 2016 and 2017 (their results one a
dash line or in one paragraph) and the new area 大鹏新区 for 2024 (issued in April: final; the copy has no date); the others
work reports of the county-level city 弥勒 2022, the county 玉屏 2022 and Hainan 2009; the searches reached no plan report of
Guangxi, Yunnan, Guizhou or Hainan whose stored copy holds its figures unused) were found and labelled by hand before extraction ran
on them, and scored once on main as it stood (f45b74d), untouched.
Six more (`blind76`, reviewing 2014–2025 in Sichuan, Qinghai, Shaanxi and Xinjiang, one of them a plan report: the
district 昭化区's plan report for 2025 on its government's site; the others work reports of the prefecture 果洛 2017, the
counties 凤县 2022 and 黄龙 2025, the county 镇安's 2015 targets as a paper reports them and Xinjiang 2024 as a news
report quotes it; no other plan report of these provinces or of Chongqing, Gansu, Ningxia or Tibet the search tool
stores reached its figures unused) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (f45b74d), untouched.
Eight more (`blind77`, reviewing 2010–2025 in Fujian, Zhejiang, Shanghai, Jiangsu and Shandong, four of them plan reports:
Fujian's on 2021, the district 镇海区's on 2019 (its summary) and 2020 and the district 莲都区's on 2024, their results one a
dash line or in paragraphs; the others work reports of the districts 海沧区 2010, 浦东新区 2024 (on their sites), 吴中区's 2025
targets as a report site gives them and 历城区's 2025 targets as a news report gives them; no other plan report of these
five provinces the search tool stores reached its figures unused) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (08e671b), untouched.
Seven more (`blind78`, reviewing 2014–2024 in Beijing, Liaoning, Shanxi and Inner Mongolia, all of them work reports: of
the banners 伊金霍洛旗 2019 and 准格尔旗 2015 (its levels given from 2010 to 2015), the districts 潞州区 2022, 西城区 2020 and
平谷区 2024 (a news report), Shenyang 2019 and Liaoning's targets for 2015; no plan report of Beijing, Tianjin, Hebei,
Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang the search tool stores reached its figures unused) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (08e671b), untouched.
Eight more (`blind79`, reviewing 2010–2022 in Hubei, Henan, Jiangxi, Hunan and Anhui, two of them plan reports: 黄石's
plan report for 2013 and 新乡's plan for 2020 as the city issued it in June; the others work reports of 黄石 2010, the
counties 铜鼓 and 于都 2022, 全椒 2021 (its five years' results), 孟州's 2012 results and 2013 targets as a paper
summarises them and 浏阳 2017 as a news report quotes it; no other plan report of these five provinces the search tool
stores reached its figures unused) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (08e671b), untouched.
Eight more (`blind80`, reviewing 2009–2024 in Guangdong, four of them plan reports of districts on their governments'
sites: 清城区 for 2016 (no title or date in the copy) and 海珠区 for 2022, 2023 and 2024; the others work reports of the
county-level city 增城市 2009 and of the districts 禅城区 (a digest in bullets), 罗湖区 and 龙岗区 (their targets as news
reports give them); the searches reached no plan report of Guangxi, Hainan, Yunnan or Guizhou whose stored copy
holds its figures unused) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (08e671b),
untouched.
Eight more (`blind81`, reviewing 2018–2023 in Sichuan, Shaanxi, Gansu and Xinjiang, two of them plan reports: of the
cities 广安 for 2023 and 遂宁 for 2020 (a numbered list of the year's indicators); the others work reports of the cities
泸州 2020, 南充 2022, 兰州 2021 (a new term's five-year review) and 广安 2020 (a news report's five-year figures), and of
Shaanxi 2018 and Xinjiang 2019 as news reports quote them; the searches reached no county or district plan report of
these eight provinces whose stored copy holds its figures unused) were found and labelled by hand before extraction ran
on them, and scored once on main as it stood (08e671b), untouched.
Eight more (`blind82`, reviewing 2010–2025 in Jiangsu, Zhejiang, Shanghai and Shandong, two of them plan reports: of
the city 苏州 for 2020 (its table of targets and results one cell a line, each cell ending in ' |') and the district
莱山区 for 2020; the others work reports of the county 宁海 2010 and 2014, of 宁波 2011 (delivered in April: final) and
2012, of the district 宝山区 2016 and of 济南's 2026 targets; the searches reached no other plan report of these five
provinces whose stored copy holds its figures unused) were found and labelled by hand before extraction ran on them,
and scored once on main as it stood (65c4778), untouched.
Six more (`blind83`, reviewing 2007–2022 in Liaoning and Heilongjiang, all of them work reports: of the cities
营口 2008 and 2017, 沈阳 2023 (a PDF's text layer, a line break every line, 4% 左 右 on three lines) and
哈尔滨 2021 (a news report's outline of its targets), and of Liaoning 2011 and Heilongjiang 2023 (new terms'
five-year reviews); the searches reached no plan report of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia,
Liaoning, Jilin or Heilongjiang whose stored copy holds its figures unused) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (65c4778), untouched.
Nine more (`blind84`, reviewing 2007–2023 in Hubei, Hunan, Henan and Anhui, three of them plan reports: of the Wuhan
districts 黄陂区 for 2022 (a copy that drops the punctuation between two figures) and 洪山区 for 2023, and of the county-level
city 浏阳 for 2020; the others work reports of the county-level cities 新郑, 宁国 and 钟祥, of 武汉 2021 and 长沙 2007 as papers
report them and of the Yichang district 点军区 2014 (delivered in May: final); the searches reached no other plan report of
these five provinces whose stored copy holds its figures unused, and none of Jiangxi) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (65c4778), untouched.
Nine more (`blind85`, reviewing 2004–2025 in Guangdong and Yunnan, one of them a plan report: of the district 黄埔区 for
2024, delivered in April, in a copy that lost its date line's month and day (2025416日); the others work reports of the
districts 福田区 2007, 荔湾区 2004 and 天河区 2015 (its date line likewise 2016524日), of Foshan 2016 and Shenzhen 2009 (new
terms' reviews, levels given from 2011 to 2016 or after five-year averages), Zhuhai 2018 and Zhongshan's 2025 targets as
papers report them, and Kunming 2022; the searches reached no other plan report of Guangdong, Guangxi, Hainan, Yunnan or
Guizhou whose stored copy holds its figures unused) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (65c4778), untouched.
Seven more (`blind86`, reviewing 2013–2023 in Shaanxi, Gansu and Sichuan, all work reports: of the cities 宝鸡 2022,
酒泉 2022 and 2023, 绵阳 2019, 眉山 2013 and 自贡 2018 and the county-level city 玉门 2022, most as news reports and
collection sites give them; the searches reached no plan report of Sichuan, Chongqing, Shaanxi, Gansu, Qinghai, Ningxia,
Xinjiang or Tibet whose stored copy holds its figures unused) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (65c4778), untouched.
Ten more (`blind87`, reviewing 2013–2024 in Fujian, Shanghai, Jiangsu and Zhejiang, one of them a plan report: Fujian's
plan report for 2022 as the province's information centre reposts it; the others work reports of Shanghai 2021, Jiangsu
2022 and Zhejiang 2021, of the cities 无锡 2013, 金华 2022 and 2024, 扬州 2020 and 温州 2020 (a new term's five-year review,
its levels given from 2015 to 2020) and of the county-level city 瑞安 2020 (the same), most as news reports, e-papers and
collection sites give them; the searches reached no other plan report of Jiangsu, Zhejiang, Shanghai, Shandong or Fujian
whose stored copy holds its figures unused before the search budget ran out) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (496b81a), untouched.
Seven more (`blind88`, reviewing 2021–2023 in Liaoning, Heilongjiang, Hebei and Shanxi, all work reports: of the cities
大连 (its 2022 targets) and 辽阳 2023, the counties 桦川 (a draft for comments), 朝阳县, 新宾 and 滦南 (a digest) and the
district 晋源区 of Taiyuan, most as report-collection sites give them; the searches reached no plan report of Beijing,
Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang whose stored copy holds its figures unused) were
found and labelled by hand before extraction ran on them, and scored once on main as it stood (496b81a), untouched.
Eight more (`blind89`, reviewing 2015–2025 in Hubei, Jiangxi and Hunan, four of them plan reports: of the Wuhan districts
武昌区 for 2024 (its indicators one a dash line, the year's target before a colon and the result after it) and 江岸区 for
2023 (its date line run together, 20231224日), of Nanchang for 2019 (no title or date line; adopted in May 2020: final)
and of the county 永修 for 2021; the others work reports of the city 吉安 2015, the district 黄州区's targets for 2022 and
the district 硚口区 2024 and the county 长沙县 2025 as news reports give them) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (496b81a), untouched.
Eight more (`blind90`, reviewing 2018–2023 in Guangdong and Guangxi, four of them plan reports of Shenzhen's
districts on their governments' sites: 光明区 for 2019, 2020 and 2021 (the last delivered in April: final) and 龙华区
for 2022; the others work reports of 光明区 2023, of 南山区 2022 (a digest in figures on the city's site), of 盐田区
2018 (a reading in bullets) and of 桂林 2020 (delivered in June, its copy opening at section 一); the searches, cut
short by their budget, reached no plan report of Guangxi, Hainan, Yunnan or Guizhou whose stored copy holds its
figures unused in simplified characters) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(496b81a), untouched.
Seven more (`blind91`, reviewing 2013–2023 in Shaanxi and Sichuan, four of them plan reports: the plan report of the
county-level city 兴平 for 2023 and the plans of 兴平 for 2023, 汉中 for 2022 and the county 紫阳 for 2024; the others
work reports of the district 龙泉驿区 2022, the county 澄城 2022 and Shaanxi 2013; the searches reached no other plan
report of Sichuan, Chongqing, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang or Tibet whose stored copy holds its figures
unused) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (496b81a),
untouched.
Five more (`blind92`, reviewing 2005–2016 in Zhejiang and Shanghai, all work reports: of the county 武义 for 2009
and 2016 (the latter a term's five-year review) and of the Shanghai district 普陀区 for 2005 (a copy without its
date), 2014 and 2016 (a term's review), on the governments' and news sites; the searches reached no plan report of
Jiangsu, Zhejiang, Shanghai, Shandong or Fujian whose stored copy holds its figures unused) were found and labelled
by hand before extraction ran on them, and scored once on main as it stood (1af50a0), untouched.
Eight more (`blind93`, reviewing 2007–2023 in Beijing, Tianjin, Jilin, Inner Mongolia, Shanxi and Liaoning, all
work reports: of the districts 东城区 2012, 海淀区 2011 (five years) and 昌邑区 of 吉林 2009 (delivered in December of
the year), of the new area 滨海新区 2013 (delivered in November, four years), of the county 夏县 2023, of Tianjin 2012
and Inner Mongolia 2007 (five years each) and a page of Liaoning's 2009; the searches reached no plan report of these
provinces not in the corpus whose stored copy holds its figures) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (1af50a0), untouched.
Eight more (`blind94`, reviewing 2010–2024 in Hubei, Henan and Anhui, one of them a plan report: Hubei's plan report on
2010 from the provincial congress's gazette; the others work reports of Hubei 2014 and Wuhan 2022 as papers report the
congresses, of Zhengzhou 2020, of the district 管城回族区 (Zhengzhou) for 2020 and 2022, of the district 建安区 (许昌; a PDF's
text with spaces inside its decimals, delivered in May: final) and of 安庆 2024; the searches reached no other plan report
of Henan, Hubei, Hunan, Jiangxi or Anhui whose stored copy holds its figures unused, county or district plan reports
included) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (1af50a0),
Ten more (`blind95`, reviewing 2017–2024 in Guangdong, Hainan and Guizhou, two of them plan reports of the Shenzhen
district 坪山区 on its government's site (for 2017, the draft's list of expected figures, and for 2020, one a dash line);
the others work reports of 坪山区 2021 (delivered in April: final, an app's digest one point a line), of 罗湖区 2020 and
南沙区 2018 as news sites give them, of the Sanya district 天涯区 2023, of the Haikou district 龙华区 2020 and 2022 and of
the Zunyi districts 红花岗区 2023 and 播州区 2024 (a copy that drops the punctuation between its figures); the searches
reached no county plan report of Guangdong, Guangxi, Hainan, Yunnan or Guizhou whose stored copy holds its figures
unused) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (1af50a0),
untouched.
Seven more (`blind96`, reviewing 2018–2023 in Chongqing, Sichuan and Shaanxi, one of them a plan report: of the district
涪陵区 for 2019 as its site publishes it; the others work reports of the districts 渝中区 (its 2020 targets in a paper's
digest), 璧山区 2024, 前锋区 and 安居区 2022 and of the cities 汉中 and 宝鸡 2019 (宝鸡's targets in a paper's reading); the
searches reached no other plan report of Sichuan, Chongqing, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang or Tibet whose
stored copy holds its figures unused in simplified characters) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (1af50a0), untouched.
Eight more (`blind97`, reviewing 2008–2021 in Shandong, Fujian, Jiangsu and Zhejiang, all work reports: of Shandong 2011
(its targets in a news report), Fujian 2010, Jiangsu 2009 (a page ending inside its targets), Hangzhou 2022 (a digest one
point a line) and the county-level cities 嵊州 2018, 义乌 2016 and 2018 and 晋江 2019 (delivered in December of the year);
the searches reached no plan report of Jiangsu, Zhejiang, Shanghai, Shandong or Fujian whose stored copy holds its
figures unused, county and district plan reports included) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (2728585), untouched.
Six more (`blind98`, reviewing 2009–2022 in Tianjin, Inner Mongolia, Shanxi and Jilin, one of them a plan: Tianjin's plan
for 2010 as the municipal government issued it; the others work reports of Inner Mongolia 2020, Changchun 2019 (a news
site's list of results), the county 和林格尔 2011 (a five-year review), the banner 正镶白旗 2020 (delivered in May: final)
and the county 交城 2023 (delivered in April: final); the searches reached no district or county plan report of Beijing,
Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang whose stored copy holds its figures unused in
simplified characters) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (2728585), untouched.
Eight more (`blind99`, reviewing 2009–2023 in Henan, Hunan, Anhui and Hubei, two of them plan reports as news items give
them: Hunan's 2015 targets and Henan's plan for 2016; the others work reports of the county 获嘉 2011 on its site, of the
county 修武 2012 in a paper's digest, of 合肥 2012, of 洛阳 2010 (Wikisource) and 2011 (its congress's digest of the
targets) and of Hubei 2024 (a news item); the searches reached no other county or district plan report of the five
provinces whose stored copy holds its figures unused in simplified characters) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (2728585), untouched.
Eight more (`blind100`, reviewing 2011–2022 in Guangdong, two of them plan reports of districts: 顺德区's for 2011 in the
provincial development and reform commission's collection and 天河区's for 2016 as a document site copies it (its page
number inside a sentence); the others work reports of Zhuhai 2014 and of the districts 香洲区 and 金湾区 (their 2021 targets
and 十四五 goals, as news reports give them), 福田区 2016, 顺德区 2022 and 番禺区 2022; the searches reached no plan report of
Guangxi, Hainan, Yunnan or Guizhou, nor a work report there, whose stored copy holds its figures unused in simplified
characters) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(2728585), untouched.
Six more (`blind101`, reviewing 2013–2022 in Gansu, Sichuan and Tibet, all work reports as papers and news sites
quote them: of the cities 兰州 2018, 成都 2014 and 2022 and 拉萨 2016, and of Sichuan 2021 and Gansu 2013; the searches
reached no plan report of Sichuan, Chongqing, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang or Tibet, nor a county's or
district's work report, whose stored copy holds its figures unused in simplified characters) were found and labelled by
hand before extraction ran on them, and scored once on main as it stood (2728585), untouched.
Eight more (`blind102`, reviewing 2019–2025 in Fujian, Zhejiang and Jiangsu, three of them plan reports: of the Quanzhou
district 泉港区 for 2023 and of 三明 for 2019 and 2020 (the latter without its title); the others work reports of 莆田 2025
(its targets), the counties 磐安 and 龙游, the Xuzhou district 泉山区 and the Huzhou district 南浔区 (a twenty years' review
giving three levels in one sentence), as report-collection and content sites give them; the searches reached no other
plan report of Jiangsu, Zhejiang, Shanghai, Shandong or Fujian whose stored copy holds its figures unused in simplified
characters) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (36f3359),
untouched.
Eight more (`blind103`, reviewing 2009–2024 in Beijing, Tianjin and Inner Mongolia, all work reports: of the districts
西城区 2012 and 2019 and 海淀区 2009 and 2013 (the last as the district's news portal gives its review), 滨海新区 2012 (a local
company's repost) and 2014, and the banners 科右前旗 2023 and 阿拉善右旗 (its 2025 targets in a news report); the searches
reached no plan report of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang, of a county or
district or of 2005–2015, whose stored copy holds its figures unused in simplified characters) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (36f3359), untouched.
Seven more (`blind104`, reviewing 2007–2024 in Hubei, Hunan, Henan and Anhui, all work reports: of Hubei 2007, 2010
and 2012, of Hunan 2010 and 2011 (the latter a paper's digest), of the county 庐江 2024 and of 郑州's targets for 2023 as a
news report quotes them; the searches reached no plan report of the five provinces, nor any report of Jiangxi, whose
stored copy holds its figures unused in simplified characters) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (36f3359), untouched.
Eight more (`blind105`, reviewing 2010–2025 in Guangdong, Guangxi, Yunnan and Guizhou, one of them a plan report: Zhuhai's
for 2010 in the provincial development and reform commission's collection; the others work reports of Guangdong 2012,
Guizhou 2017 and Guangxi 2025 as papers quote them, of Guangzhou 2010 (its targets in a reposted news item), 江门 2023 (a
copy that lost a few words, not the figures), the prefecture 迪庆 2015 (its five-year review) and the county-level city 开平
2024 (a paper's digest, one point a line); the searches reached no county or district plan report of the five provinces
whose stored copy holds its figures unused in simplified characters) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (36f3359), untouched.
Ten more (`blind106`, reviewing 2010–2022 in Sichuan, Gansu, Qinghai and Xinjiang, one of them a plan report: of the
Tibetan prefecture 甘孜 for 2020 as its paper publishes it; the others work reports of 甘孜 2019 (a news report), the
prefecture 塔城 (its office's report), Qinghai 2021, 兰州, 庆阳 and 平凉 (the last two as 中国经济网 reposts them) and the
counties 疏附 (a forum's copy in one paragraph), 静宁 2010 (a document site's preview) and 石棉 2021; the searches reached
no other county's or district's plan report of the eight provinces whose stored copy holds its figures unused in
simplified characters) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (36f3359), untouched.
Eight more (`blind107`, reviewing 2005–2021 in Jiangsu, Zhejiang, Shandong and Fujian, all work reports: of Zhejiang 2014
(a paper's summary), of 苏州 for 2005 (a periodical's abstract) and 2013, 福州 2015 and 义乌 2018 as news reports quote them,
of the counties 苍山 2011 and 五莲 2011 (their terms' reviews) and the Suzhou district 虎丘区 2021; the searches reached no
plan report of Jiangsu, Zhejiang, Shanghai, Shandong or Fujian whose stored copy holds its figures unused in simplified
characters) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (83eb0f2),
untouched.
Six more (`blind108`, reviewing 2019–2024 in Liaoning, Inner Mongolia and Beijing, all work reports: of the counties 法库
and 辽阳县 2019, of 通辽 2024 (its site's copy in one run of text), of the banners 巴林右旗 2019 (delivered in April, its results
final) and 正蓝旗 (its term's review), and of 海淀区's five years to 2021; the searches reached no plan report of Beijing, Tianjin,
Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang whose stored copy holds its figures unused in simplified
characters before the search budget ran out) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (83eb0f2), untouched.
Nine more (`blind109`, reviewing 2014–2022 in Hunan, Henan, Jiangxi, Anhui and Hubei, two of them plan reports: Changsha's
for 2016 (its results as 预计数) and the district 汉南区's for 2021 (its 十三五 review only); the others work reports of Hunan
2017 (a document site's text, line breaks left as spaces inside words), the counties 嵩县 2023 and 吉安县 2015 (a repost
that masks the county's name as **), 芜湖 2022 (its review as an investment site reposts it), 许昌 2021 and 2023 and 汉南区
2021 (its 十三五 review); the search budget ran out before any other county or district plan report of the five provinces
turned up whose stored copy holds its figures unused in simplified characters) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (83eb0f2), untouched.
Eight more (`blind110`, reviewing 2019–2025 in Guangdong, Hainan and Guangxi, two of them plan reports of the Shenzhen
districts 坪山区 2022 and 龙华区 2019 as their sites give them; the others work reports of Guangdong 2024 (a paper's
digest), Hainan 2021, 湛江 2021 (its five years' review) and 2024, 南宁 (October 2021, its five years' review) and the
district 霞山区 (a news report that breaks off after the first target); the searches reached no report of Yunnan or
Guizhou, nor any county's, whose stored copy holds its figures unused in simplified characters) were found and labelled
by hand before extraction ran on them, and scored once on main as it stood (83eb0f2), untouched.
Five more (`blind111`, reviewing 2015–2021 in Gansu, Sichuan and Shaanxi, all work reports: of the city 白银 (its 2020
targets in a paper's account of the session), of the district 白银区 2020 and of the Chengdu district 新都区 2018 as news
reports give them, of the Xi'an district 雁塔区 2015 (a document site's copy that writes its dashes and quotes as ;; and
breaks a number with a space, 8 12.15亿元) and of Xi'an 2021 (a paper's account of its five years); the search budget ran
out before any plan report of Sichuan, Chongqing, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang or Tibet whose stored copy
holds its figures unused was reached) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (83eb0f2), untouched.
Nine more (`blind112`, reviewing 2015–2025 in Fujian, Shanghai, Zhejiang, Jiangsu and Shandong, two of them plan reports:
三明's for 2021 (on the city's site) and 浦东新区's for 2021 (a mirror's copy run onto one line, its table of main
indicators with it, cells parted by runs of spaces); the others work reports of Shandong 2019 (a paper's digest), 浦东新区
2015, 三明 2025 (a news digest), the county 平阳 2020 (a site copy that lost characters) and the county-level cities 临海
2022, 泰兴 2017 and 兴化 (its 2025 targets, their year named only in the heading); the searches reached no county or
district plan report of the five provinces before 2015 whose stored copy holds its figures unused) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (6c29439), untouched.
Eight more (`blind113`, reviewing 2004–2023 in Shanxi, Liaoning, Jilin, Hebei, Heilongjiang and Inner Mongolia, all work
reports: of the cities 晋城 2019 (a paper's account, delivered in April: final, with its 2020 targets), 锦州 2023, 四平 2011, 2017
and 2019 (a summary) and 张家口 2023, of the Harbin district 道里区 2004 on its government's site and of the county-level city
锡林浩特 2007 (its term's review); the searches reached no plan report of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia,
Liaoning, Jilin or Heilongjiang whose stored copy holds its figures unused) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (6c29439), untouched.
Eight more (`blind114`, reviewing 2016–2025 in Henan, Jiangxi, Anhui and Hunan, two of them plan reports of the
districts 洛龙区 2019 and 南昌 西湖区 2022 as their sites give them; the others work reports of the Zhengzhou district 惠济区
2016 (a paper's panels, each target broken over lines), the county-level city 荥阳 2020, the district 弋江区 2025, the city
吉安 2016, and the counties 靖安 2024 and 湘潭县 2022 (whose copy quotes a development zone's figures too); the searches
reached no county plan report of the five provinces, nor any report of Hubei, whose stored copy holds its figures unused in
simplified characters) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (6c29439), untouched.
Eight more (`blind115`, reviewing 2019–2024 in Guangdong and Guangxi, two of them plan reports of the Shenzhen districts
罗湖区 (its list of the year's main figures, each line led by ----) and 宝安区 (its plan for 2025 as the bureau issued it in May,
a finance site's repost: final); the others work reports of the districts 万秀区, 长洲区 and 港北区 in Guangxi, 增城区 (a news
digest) and the counties 阳西 and 新兴 in Guangdong, all reviewing 2022; the searches reached no plan report of Yunnan,
Guizhou, Hainan or Guangxi, nor any county's, whose stored copy holds its figures unused in simplified characters) were
found and labelled by hand before extraction ran on them, and scored once on main as it stood (6c29439), untouched.
Eight more (`blind116`, reviewing 2008–2021 in Shaanxi, Gansu, Ningxia, Sichuan and Chongqing, all work reports: of
Shaanxi 2008 and Gansu 2011 as papers report them, of Ningxia 2021 (a report of the session's opening), of Xi'an 2009, of
the districts 杨陵区 and 未央区 2009, of the Chongqing district 北碚区 and the Sichuan county 兴文县 2020 (the opening of a
five years' review each); the searches reached no plan report of the eight western provinces whose stored copy holds its
figures unused in simplified characters) were found and labelled by hand before extraction ran on them, and scored once
on main as it stood (6c29439), untouched.
Eight more (`blind117`, reviewing 2013–2025 in Zhejiang, Jiangsu, Shandong and Shanghai, two of them plan reports: Ningbo's
on 2020 and on 2021 as the city's news site gives their summaries (the second delivered in April: final); the others work
reports of Ningbo on 2019 (delivered in April: final, the copy naming no date), 2022 (a paper's digest) and 2024, of Rizhao
2013 and Nanjing 2023 as papers report them, and the 2026 targets of the district 浦东新区; the searches reached no county or
district plan report of the five provinces, nor any report of Fujian, whose stored copy holds its figures unused in
simplified characters) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(9012c88), untouched.
Six more (`blind118`, reviewing 2019–2024 in Tianjin, Hebei, Shanxi and Liaoning, two of them plan reports of the district
滨海新区 for 2020 and 2025 (on its commission's site and a policy site's repost); the others work reports of the county-level
cities 霸州 2022 (a copy opening at its date line) and 凌海 2020, the city 大同 2020 (delivered in April: final) and the Dalian
district 西岗区 2020 (a forum's copy); the searches reached no other report of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia,
Liaoning, Jilin or Heilongjiang whose stored copy holds its figures unused in simplified characters) were found and labelled
by hand before extraction ran on them, and scored once on main as it stood (9012c88), untouched.
Ten more (`blind119`, reviewing 2008–2023 in Hubei, Hunan, Henan and Jiangxi, three of them plans of the Wuhan district
武昌区: its plans for 2014 and 2017 as issued (their lists of targets one a dash line) and its account of 2023 (the
year's targets and expected results one a dash line, then its table of main indicators as text); the others work
reports of 孝感 2013 and its 2009 targets as a paper reads them, 株洲 2013 (a listing page run together), 长沙 2010 (from
the middle of its review), the county 淮滨 2009 (a paper's commentary), the Wuhan district 青山区 2014 and the Nanchang
district 东湖区 2019 (delivered in May: final); the searches reached no county plan report of Henan, Hubei, Hunan,
Jiangxi or Anhui, nor any report of Anhui, whose stored copy holds its figures unused in simplified characters) were
found and labelled by hand before extraction ran on them, and scored once on main as it stood (9012c88), untouched.
Ten more (`blind120`, reviewing 2009–2024 in Guangdong, Hainan, Yunnan and Guizhou, one of them a plan: Guangdong's plan
for 2010 as the province issued it (粤府〔2010〕42号, its list of targets); the others work reports of the city 东方 (Hainan),
the county 佛冈, the county-level city 连州, the county 禄劝 (Yunnan, delivered in May: final, its copy naming no year), Guizhou
2014's targets, 潮州 2020 (a new term's review), the district 白云区's targets for 2010 and Guangzhou 2021 and 阳江 2021, most as
news reports give them; the searches reached no county or district plan report of the five provinces whose stored copy holds
its figures unused) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(9012c88), untouched.
Eight more (`blind121`, reviewing 2014–2025 in Chongqing, Sichuan and Gansu: the plan report of the Chongqing district
巴南区 2024 (its one figure of the year, GDP, glossed in brackets after 经济总量); the work reports of 黔江区 2014 and 2024,
the counties 酉阳 2021 and 忠县 2020 (a list entry's one paragraph), the county-level cities 彭州 2021 and 邛崃 2020 near
Chengdu, and the Gansu district 甘州区 2025; the searches reached no other plan report of the eight western provinces whose
stored copy holds its figures unused in simplified characters) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (9012c88), untouched.
Eight more (`blind122`, reviewing 2015–2023 in Fujian, Jiangsu, Shanghai and Shandong, two of them plan reports: the
mid-year accounts of the Shanghai districts 嘉定区 2017 and 普陀区 2021 (their tables of the year's targets and the half
year's results one cell a line); the others work reports of Fuzhou 2016 and 2019, the county-level cities 东台 2023 (a
digest) and 海门 2019, the district 闵行区 2015 and the county 莒县 2018 as its paper reports it; the searches reached no
other plan report of the five provinces, nor any report of Zhejiang, whose stored copy holds its figures unused in
simplified characters) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (8b6af62), untouched.
Ten more (`blind123`, reviewing 2005–2023 in Hebei, Liaoning, Jilin, Heilongjiang and Inner Mongolia, all of them work
reports: of the cities 伊春 2022, 白城 2023, 乌兰察布 2020, 阜新 2005 and 2021, 沧州 2017 and 2021 and 邢台 2023, the Dandong
district 振兴区 2019 (a copy naming no district) and the county 铁岭县 2019, most as news or document sites give them; the
searches reached no plan report of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang whose
stored copy holds its figures unused) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (8b6af62), untouched.
Eight more (`blind124`, reviewing 2006–2024 in Hubei, Henan and Jiangxi: the plan report of the Hubei county-level city 潜江
for 2024 (a page that drops the separators between figures, the two incomes glued into one number) and its work reports on
2023 and 2011 (the latter delivered in November of the year reviewed); the work reports of Jiangxi 2009, the Wuhan district
江夏区 2017, and the Henan counties 浚县 2012, 中牟 2006 (a four years' review) and 息县 2021 (delivered in April: final); the
searches reached no other plan report of Henan, Hubei, Hunan, Jiangxi or Anhui whose stored copy holds its figures unused)
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (8b6af62), untouched.
Nine more (`blind125`, reviewing 2005–2018, all in Guangdong: the plan report of Shenzhen for 2018 (its one plan report
the searches reached unused in the five provinces); the work reports of Shenzhen 2018, 汕头 2011, 2014 (the congress
site's summary, the year's targets first) and 2015, 河源 2009 (a news site's box of figures), 梅州 2006, Guangdong 2008 (a
paper's account of a five years' review) and the Meizhou district 梅县区 2016 (a document site's copy run into one line,
a space wherever a line broke); the searches reached no other report of Guangxi, Hainan, Yunnan or Guizhou whose stored
copy holds its figures unused in simplified characters) were found and labelled by hand before extraction ran on them,
and scored once on main as it stood (8b6af62), untouched.
Eight more (`blind126`, reviewing 2005–2025 in Sichuan, Chongqing, Shaanxi and Tibet: the work reports of Chengdu
2005, Xi'an 2006 (its targets for 2007, as a paper gives them), Lhasa 2010, Chongqing 2025, the county 西乡 2020
(delivered in April: final), the county-level cities 阆中 2021 and 射洪 2023 and the county 天全 2022, the last two as
news reports give them; the searches reached no plan report of the eight western provinces whose stored copy holds its
figures unused in simplified characters) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (8b6af62), untouched.
Two more (`blind127`, reviewing 2015–2016 in Zhejiang: the mid-year plan report of the county-level city 慈溪 for
2015 (its table of the year's plan and the half year's results one cell a line, each indicator in a row for the whole
city and one for its own part) and its work report on 2016 as its news site reposts it; the search budget ran out after
about twenty searches, before any report of Jiangsu, Shanghai, Shandong or Fujian whose stored copy holds its figures
unused in simplified characters was reached) were found and labelled by hand before extraction ran on them, and scored
Two more (`blind128`, reviewing 2007 and 2017: a newspaper's account of the Beijing development and reform work
conference on the plan of 2007, and the work report of Inner Mongolia 2017's copy as far as a document site stores it;
the search budget ran out before the five a set should hold were reached in Beijing, Tianjin, Hebei, Shanxi, Inner
Mongolia, Liaoning, Jilin or Heilongjiang) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (7d8624b), untouched.
Three more (`blind129`, reviewing 2006–2016 in Hubei and Henan: the work reports of Hubei 2013, the Henan county 商城
2006 (a four years' review, its levels of 2006) and the Wuhan district 汉阳区 2016 (a five years' review, delivered in
December); the searches, cut short by the search budget, reached no plan report of Henan, Hubei, Hunan, Jiangxi or Anhui
whose stored copy holds its figures unused in simplified characters) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (7d8624b), untouched.
Two more (`blind130`, reviewing 2013–2014 in Guangdong and Guizhou: the work report of Foshan 2014 as a news site
reposts it, and Guizhou's mid-year report on the economy of July 2014 as a paper gives it; the searches, cut short when
the session's look-ups ran out, reached no other report of Guangdong, Guangxi, Hainan, Yunnan or Guizhou whose stored
copy holds its figures unused in simplified characters) were found and labelled by hand before extraction ran on them,
and scored once on main as it stood (7d8624b), untouched.
Seven more (`blind131`, reviewing 2010–2025 in Shaanxi, Sichuan, Gansu and Tibet: the work reports of Shaanxi 2012, Xi'an
2012 and Sichuan 2011 as papers give them, of the city 定西 2026 on its site and of Tibet 2011 as a news report quotes it,
and the development and reform commissions' accounts of Tibet's 2012 and Lanzhou's 2016; the searches reached no plan
report of a county or district of the eight western provinces whose stored copy holds its figures unused in simplified
characters) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(ca672a2), untouched.
Seven more (`blind132`, reviewing 2009–2022 in Zhejiang and Fujian, two of them plan reports of the Hangzhou districts
拱墅区 and 上城区 for 2022; the others work reports of 上城区 2009, Huzhou 2014, the county 安吉 2017, the district 余杭区 2021
and the Putian district 荔城区 2022; the searches, cut short by the session's look-ups, reached no report of Jiangsu,
Shanghai or Shandong whose stored copy holds its figures unused in simplified characters) were found and labelled by
hand before extraction ran on them, and scored once on main as it stood (ca672a2), untouched.
Six more (`blind133`, reviewing 2013–2023 in Hebei, Inner Mongolia and Liaoning: the work reports of the cities 保定 2014
and 2022, 廊坊 2023 (its targets) and 2024 (a paper's digests on the city's site), 呼伦贝尔 2023 and 鞍山 2023; about fifty
searches for plan reports of districts and counties of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin
or Heilongjiang reached only reports the corpus holds, copies in traditional characters or polluted by a mirror, or
mid-year accounts with no figure of the year) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (ca672a2), untouched.
Six more (`blind134`, reviewing 2008–2021 in Jiangxi, Hunan, Anhui and Henan, all of them work reports: the county 宜丰
2008 as its government's page gives it, the county 株洲县 2010, the district 石峰区 2015, the digest of 六安's report on
2021, and 桂阳县 2016 and 卢氏县 2018 as a document site gives them, with a stray marker after each of its lines and line
breaks inside numbers; the searches, cut short by the session's look-ups, reached no plan report of Henan, Hubei, Hunan,
Jiangxi or Anhui whose stored copy holds the year's figures unused in simplified characters, and the one report of
Hubei found, 荆州 2019, is stored with no address) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (ca672a2), untouched.
Five more (`blind135`, reviewing 2008–2020 in Guangdong, Guangxi and Hainan: the work reports of the county 梅县 2008
from its government's site, 梧州 2011 as the city congress's site reposts a reading of it, Hainan 2013 and 贺州 2020 as
news reports give them, and 韶关 2020 (a five years' review, its levels of 2020); about fifty searches reached no plan
report of Guangdong, Guangxi, Hainan, Yunnan or Guizhou not yet in the corpus whose stored copy holds its figures in
simplified characters, only mid-year accounts of half years' results with no figure of the year) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (ca672a2), untouched.
Six more (`blind136`, reviewing 2018–2024 in Gansu, Tibet and Chongqing: the work reports of 武威 reviewing 2021 (its
levels of 2020) and its targets for 2023 (a Gansu Daily round-up), of Gansu reviewing 2024, of 平凉 reviewing 2020 as a
document site gives it (a stray 2uD after its lines) and of 山南 reviewing 2018, and a news report on the mid-year plan
report of the district 万盛区 for 2010 (its target for the year); about sixty searches for plan reports of counties and
districts of Sichuan, Chongqing, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang and Tibet reached only reports the corpus
holds, copies in traditional characters, stored copies that stop before their figures, or mid-year accounts with no
figure of the year) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(d61a50f), untouched.
Eight more (`blind137`, reviewing 2003–2022 in Jiangsu, Fujian, Zhejiang and Shandong, one of them a plan report: of the
Wuxi district 滨湖区 for 2022 (its stored copy stopping after its first dash line); the others work reports of the district
湖里区 2015, the county 开化 2003 (a travel site quoting its review), the cities 福州 2013 (a paper's digest in ten figures),
金华 2006 (an outline), 南平 2019 and 宁德 2012 (a paper's report of the congress) and Shandong 2015 as news reports give them;
about sixty searches reached no other county or district plan report of these five provinces whose stored copy holds its
figures unused, and the mid-year reports they reached give the half year's figures only) were found and labelled by hand
Seven more (`blind138`, reviewing 2019–2025 in Hebei, Tianjin, Shanxi, Liaoning and Inner Mongolia, all of them work
reports: of the cities 鄂尔多斯 2019 (delivered in April: final), 石家庄 2021 (a PDF's text, line breaks inside words) and
2023, 葫芦岛 2023, 秦皇岛 2023 and 太原 2022 (second pages of report sites, one figure each) and the targets of the district
蓟州区 for 2025; about sixty searches for plan reports of districts and counties of Beijing, Tianjin, Hebei, Shanxi, Inner
Mongolia, Liaoning, Jilin or Heilongjiang reached only reports the corpus holds, copies in traditional characters or
polluted by a mirror, or plan reports whose stored copy stops before the year's figures) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (d61a50f), untouched.
Six more (`blind139`, reviewing 2008–2021 in Henan, Jiangxi, Anhui, Hubei and Hunan: the work reports of the county 西平
2022 (delivered in April: final) from its government's site, the districts 青云谱区 2016 and 瑶海区 2021 as a document site
gives them (lines broken inside names and numbers, a stray marker after each line, a footnote mark after a name), a news
report of Hubei's development and reform conference of December 2008, a paper's report of the county 泌阳's economic work
conference on 2010, and a paper's report of Hunan's mid-year plan report of July 2014 (the year's revenue target only);
about fifty searches reached no plan report of a county or district of these provinces not yet in the corpus whose stored
copy holds its figures in simplified characters, only mid-year accounts of half years' results) were found and labelled by
hand before extraction ran on them, and scored once on main as it stood (d61a50f), untouched.
Seven more (`blind140`, reviewing 2008–2019 in Yunnan, Hainan and Guangdong, all of them work reports: the county 景东
2008 as a research station's news item quotes it, 昌江 2020, the counties 博罗 2016 and 紫金 2019 and the district 龙岗
2012 as document sites give them (紫金 in one line with a stray marker after each line), and Shenzhen 2010 and 2012 from
the city's gazette and a repost; about fifty-five searches reached no plan report of Guangdong, Guangxi, Hainan, Yunnan
or Guizhou not yet in the corpus whose stored copy holds its figures in simplified characters, only mid-year accounts
with no figure of the year, plan reports whose stored copy stops before the figures, and copies in traditional
characters) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(d61a50f), untouched.
Six more (`blind141`, reviewing 2007–2023 in Sichuan, Chongqing, Xinjiang and Shaanxi: the work reports of Chengdu 2008
(a paper's report of its targets), Suining 2022 (delivered in April: final) and the district 北碚区 2023, Guangyuan's
conference on the first quarter of 2012, and the party plenaries of Urumqi (its targets for 2008) and of the district 商州区
(its account of 2023); about forty-five searches reached no plan report of Sichuan, Chongqing, Shaanxi, Gansu, Qinghai,
Ningxia, Xinjiang or Tibet not yet in the corpus whose stored copy holds its figures in simplified characters) were found
and labelled by hand before extraction ran on them, and scored once on main as it stood (7f8674f), untouched.
Nine more (`blind142`, reviewing 2011–2017 in Jiangsu, Zhejiang, Shanghai and Fujian, all of them work reports: of the
provinces Zhejiang and Fujian for 2016 as a digest and a radio report give them, the cities 莆田 2016 and 湖州 2011 (its
government's site, delivered in April: final), the county-level city 昆山 2013 (a listing page, headings run into the
text), the county 开化 2011 (levels with five years' average growths), the districts 闵行区 2012 (its open-government
site), 崇川区 2015 and 海曙区 2022; about fifty searches reached no plan report of a county or district of these provinces
not yet in the corpus whose stored copy holds its figures in simplified characters, only plan reports the corpus holds,
copies in traditional characters, a mid-year account of a half year's figures and a copy whose heading a mirror had
spliced into the GDP's name) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (7f8674f), untouched.
Two more (`blind143`, reviewing 2009 and 2017 in Beijing and Inner Mongolia, both work reports: the district 东城区 2009
(a repost, its stored copy breaking off inside its paragraph of results) and the banner 新巴尔虎左旗 2017 as a document
site gives it (a stray marker after each line, ;; for quotation marks); about sixty searches for plan reports and work
reports of districts, counties, banners and cities of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or
Heilongjiang reached only reports the corpus holds, copies in traditional characters or polluted by a mirror, pages
without a source address, or copies whose stored text stops before the year's figures) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (7f8674f), untouched.
Eight more (`blind144`, reviewing 2007–2023 in Anhui, Henan, Hunan and Jiangxi, one of them a plan report: of the city
漯河 for 2024 as its development and reform commission posted it (the punctuation between three shared growths dropped:
分别增长7%7.2%7%); the others work reports of the district 铜官区 2021 as an investment site gives it in one run of text
(its date line glued to the speaker and greeting), the county-level city 巢湖 2016, Hunan 2008, 阜阳 2022 (its targets,
as the city's paper digests them), 亳州 2024, 衡阳 2015 (its year read from the text) and 景德镇 2022; about thirty-five
searches reached no plan report of a county or district of these provinces not yet in the corpus whose stored copy holds
its figures in simplified characters, only mid-year reports whose stored copy holds the half year's figures alone, copies
in traditional characters and copies a mirror polluted with ads) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (7f8674f), untouched.
Eight more (`blind145`, reviewing 2015–2025 in Guangdong, Hainan, Guangxi and Yunnan: the plan report of the county
陆河 for 2024 as its development and reform bureau published it, and the work reports of the county-level city 陆丰
2021 and 2022, the county 蕉岭 2019 (delivered in June: final), the county-level city 雷州 (a term's review of
November 2016, the figures of 2015), the county 保亭 2022, Guangxi's targets for 2022 as a radio interview quotes
them, and the county 景谷 2025 as its media centre digests it; about fifty searches, fifteen of them for plan reports,
reached mostly reports the corpus holds, copies in traditional characters, mid-year accounts of half years' results
and plan reports whose stored copy stops before the figures) were found and labelled by hand before extraction ran
on them, and scored once on main as it stood (7f8674f), untouched.
Seven more (`blind146`, reviewing 2017–2025 in Sichuan, Chongqing, Shaanxi and Gansu, all of them work reports: of the
cities 巴中 2019 (its targets, one a line under their heading, as the city broadcaster lists them) and 内江 2022, of
Chongqing 2024 as Xinhua's video captions sum it up, of 铜川 2025 as the city's notice dividing its targets among
departments lists them, of the county-level city 西昌 2023 (delivered in April: final), of the district 通川区 2026 as
its news site reports it, and of Gansu 2018 as a digest gives it; about forty searches, a dozen of them for plan reports,
reached mostly reports the corpus holds, copies in traditional characters, mid-year accounts of half years' results and
plan reports of counties whose stored copy stops before the figures) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (f499161), untouched.
Eight more (`blind147`, reviewing 2016–2024 in Zhejiang, Fujian and Shandong, all of them work reports: of the
county-level cities 江山 2024 and 玉环 2023 as report sites repost them, 临海 2016 (a five years' review, each level
followed by its average growth) from its government's site, the counties 龙游 (its targets for 2025, the second page of
a report site), 三门 2023 and 松溪 2018 (a document site's copy with a stray marker after each line and a line break
inside the rural income), and Qingdao 2021 (delivered in April: final) and 2023; twenty-eight searches, thirteen of
them for plan and mid-year reports, reached only plan reports the corpus holds, mid-year accounts of half years' results, copies in
traditional characters and copies whose stored text stops before the figures) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (f499161), untouched.
Six more (`blind148`, reviewing 2006–2025 in Hebei, Beijing, Shanxi and Jilin, all of them work reports: of Hebei
reviewing 2023 as a county site digests it, Beijing's targets for 2025 in a newspaper's paraphrase, the counties 乐亭
2006 (a term's review, growths over 2002), 闻喜 2020 (delivered in April: final, as an investment site runs it into one
line with its date line glued to the speaker) and 陵川 2025, and the county-level city 德惠 2025, the last two delivered in
December on their governments' sites; about forty searches, ten of them for plan reports, reached no plan report of a
district or county of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang not yet in the
corpus whose stored copy holds its figures in simplified characters, only reports the corpus holds, copies in
traditional characters or with their figures blanked, and copies whose stored text stops before the year's figures)
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (f499161),
untouched.
Seven more (`blind149`, reviewing 2007–2025 in Hunan, Henan, Hubei and Anhui, one of them a plan report: the city 郴州's
plan for 2025 as issued (the text of its PDF, spaces around numbers: its targets only); the others work reports of 郴州 2007,
开封 2019 (a forum's copy run together in one paragraph) and 2022 (its targets as a news digest's bullets), 周口 2020
(delivered in June: final), 十堰 2023 and 六安 2018 (a paper's digest under bold headings); about thirty-five searches, fifteen of
them for plan reports, reached mostly reports the corpus holds, copies in traditional characters or polluted by a mirror,
mid-year accounts of half years' results and county plan reports whose stored copy stops before the figures) were found
and labelled by hand before extraction ran on them, and scored once on main as it stood (f499161), untouched.
One more (`blind150`, reviewing 2018 in Guizhou: a magazine feature (当代贵州) on the city 遵义's 2018 whose results paragraph
gives the year's expected figures in its work report's words; forty-three searches, fifteen of them for plan and mid-year
reports of Guangdong, Guangxi, Hainan, Yunnan and Guizhou, reached only reports the corpus holds (or a plan or work report of
the same place and year), copies in traditional characters, mid-year reports with no figure of the whole year and copies
whose stored text stops before the figures) was found and labelled by hand before extraction ran on it, and scored once on
main as it stood (313de40), untouched.
Five more (`blind151`, reviewing 2014–2023 in Shaanxi, Chongqing, Sichuan and Tibet, all of them work reports but one: the
county 大荔 2014 as a local portal reports its congress's opening, the district 渝中区 2022 (its government's site, the date
line's 年 and 月 lost) and 2023 (a reports mirror's first page), 成都 2020 (a five years' review) and 林芝 2023 as 西藏日报's
review of the city's year gives its figures; about thirty-five searches, seven of them for plan reports of these provinces,
reached mostly reports the corpus holds, copies in traditional characters, mid-year accounts of half years' results, plan
reports whose stored copy stops before the figures and five years' reviews whose only figures are average growths) were
found and labelled by hand before extraction ran on them, and scored once on main as it stood (313de40), untouched.
Two more (`blind152`, reviewing 2010 and 2018 in Gansu and Chongqing: a district paper's one-page digest of the work report
of January 2019 of a Chongqing district, 潼南区 as the paper's address names it, and 天水日报's review of the county 甘谷's
eleventh five-year plan with its figures for 2010; forty-five searches, most of them for work and plan reports of cities,
counties and districts of Sichuan, Chongqing, Yunnan, Guizhou, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang and Tibet,
reached mostly reports the corpus holds, copies in traditional characters, stored copies that stop before their figures,
pages without a source address and five years' reviews whose only figures are average growths) were found and labelled
by hand before extraction ran on them, and scored once on main as it stood (243a8ac), untouched.
Eight more (`blind153`, reviewing 2015–2025 in Zhejiang, Shanghai, Shandong and Fujian, all of them work reports: of the
county 淳安 2016 (a document site's copy with a stray marker after each paragraph and line breaks inside words), the Shanghai
districts 松江区 (its targets for 2017, the section its site posts) and 奉贤区 2026 (a news report whose first paragraph names
no year), the counties 沂南 2021 (a five years' review, the year's levels after growths over 2015) and 昌乐 2023, the
county-level city 石狮 and the district 洛江区 (both delivered in December 2023, before the year's end) and the city 漳州 2025
(a paper's copy with spaces around its numbers and dates); twenty-five searches, four of them for plan reports, reached
mostly reports the corpus holds, copies in traditional characters and copies whose stored text stops before the figures)
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (243a8ac), untouched.
Five more (`blind154`, reviewing 2019–2022 in Inner Mongolia, Tianjin and Shanxi: the work reports of the banner 达拉特旗
2023 on its government's site and of the Tianjin district 武清区 2020 as a document site gives it (a stray nzH after each
paragraph), the targets of the banner 土默特右旗 for 2023 as a news report of its economic work conference gives them, and
Shanxi's work reports of 2021 and 2022 as papers digest them (the first in bullets run together, its five years' results
among its figures of 2020); about forty searches, a dozen of them for plan reports of districts, counties and cities of
Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin or Heilongjiang, reached mostly reports the corpus holds,
copies in traditional characters or polluted by a mirror, five years' reviews whose only figures are average growths and
copies whose stored text stops before the year's figures) were found and labelled by hand before extraction ran on them,
and scored once on main as it stood (243a8ac), untouched.
Eight more (`blind155`, reviewing 2016–2025 in Hubei, Hunan, Henan, Jiangxi and Anhui, one of them a plan report: of the city
池州 for 2025 from its government's site (the date line's 年 and 月 lost); the others work reports of the county-level city 大冶
2016 (its news app) and 2022 (its government's site, revenues on two bases), the county-level city 枣阳 2019 (a document
site's preview, a space wherever a line ended: 11 . 5%), 株洲 2019 (a .docx's text with words and punctuation lost), 濮阳
2024, 抚州 2023 and 池州's targets for 2025 (a reports site's second page); twenty-one searches reached mostly reports the
corpus holds and copies in traditional characters) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (243a8ac), untouched.
Five more (`blind156`, reviewing 2005–2019 in Guangdong, two of them plan reports: 珠海's chapter on 2008 in the provincial
development and reform commission's collection and the plan report of the 汕尾 district 城区 on 2019 (its copy opening at
section 一, a bracket between the GDP and its unit: 277.74（含市直）亿元); the others work reports of 江门 2009 (a paper's box
of the year's indicators), 汕头 2016 (a five years' review) and 东莞 2006 (delivered in April: final); thirty-seven searches,
sixteen of them for reports of Guangxi and Hainan, reached only reports the corpus holds, copies in traditional characters,
mid-year accounts and copies whose stored text stops before the figures) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (243a8ac), untouched.
Six more (`blind157`, reviewing 2010–2023 in Shanghai, Jiangsu, Zhejiang, Shandong and Fujian, all of them work reports:
of the Shanghai districts 长宁区 2024 (two pages of a reports site, the review's first item and the year's targets) and 宝山区
2019 (a news site's garbled rewording of the congress's opening, 保山 for 宝山), of the Nantong district 通州区 2011 (a forum's
printable copy from its greeting on), of the county-level city 安丘 2023, of the county 上杭 reviewing 2019 as a document
site previews it with every year blanked (20XX年), and of the Ningbo district 鄞州区's excerpt on 2010 that its site dates
February 2010; twenty-nine searches, four of them for plan reports, reached mostly reports the corpus holds, copies in
traditional characters, statistical bulletins and copies whose stored text stops before the figures) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (1f3209c), untouched.
Four more (`blind158`, reviewing 2009–2020 in Tianjin, Liaoning, Jilin and Beijing, three of them work reports: of the
county-level city 庄河 2020 (a document-sale site's preview, spaces wherever its fixed-width lines broke, inside numbers
too: 增长1 6 %), the prefecture 延边 2020 (growths only) and Beijing 2009 (a document site's copy with its year blanked
and most percent signs dropped: 增长10.3。); the fourth a Tianjin Daily report of the economic work conference of the new
area 滨海新区 on 2015; forty-five searches, most of them for work and plan reports of districts, counties and banners of
Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin and Heilongjiang, reached mostly reports the corpus holds,
copies in traditional characters, five years' reviews whose only figures are average growths and copies whose stored
text stops before the year's figures) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (1f3209c), untouched.
Seven more (`blind159`, reviewing 2017–2021 in Henan, Jiangxi, Anhui, Hunan and Hubei, all of them work reports of counties
and county-level cities: 嵩县 2019 (delivered in May: final), 丰城 2019 (delivered in June: final), 新晃 2019 (delivered in
June: final) and 谷城 2020 (a five years' review of December 2020, its levels of 2020 with average growths) as a document
site gives them, a stray marker after each line and line breaks inside numbers (10⏎8亿元, 25⏎0.3亿元); 长丰 2017 from the
same site in one run of text, spaces where its lines broke (1760 0元) and no date line; 大余 2017 as a mirror polluted with
ads before its figures gives it; and 肥西 2021 as a document site's preview of its .docx (words and punctuation lost:
增长 13%居合肥各（市）首位规模⏎以上工业增加值); about forty searches, a dozen of them for older reports and for plan reports,
reached mostly reports the corpus holds, copies in traditional characters, statistical bulletins and copies whose stored
text stops before the figures) were found and labelled by hand before extraction ran on them, and scored once on main as
it stood (1f3209c), untouched.
One more (`blind160`, reviewing 2017 in Tibet: a news report of the press conference of 12 December 2018 on forty years of
reform in the city 日喀则, its lead and first paragraph giving the city's figures for 2017 with their multiples of 1978 (final:
given in December 2018); forty-five searches, most of them for work and plan reports of cities, counties and districts of
Sichuan, Chongqing, Guizhou, Yunnan, Shaanxi, Gansu, Ningxia, Qinghai, Xinjiang, Tibet and Guangxi, reached only reports the
corpus holds (or a plan or work report of the same place and year), copies in traditional characters, stored copies that
stop before their figures and five years' reviews whose only figures are average growths) was found and labelled by hand
before extraction ran on it, and scored once on main as it stood (1f3209c), untouched.
Five more (`blind161`, reviewing 2017–2023 in Hubei and Guangdong, two of them plan reports: of the counties 通城 and 房县
on 2023 from their governments' sites (通城's without a date line, its review written from inside the year); the others
work reports of 惠州 2020 and the county 大埔 2020 (delivered in June: final) as a documents site gives them from PDFs (a
stray marker after each paragraph, lines broken inside words and numbers) and of Guangdong 2018 as a news report of the
congress's opening gives it; thirty-six searches, most of them for plan reports of counties and districts, reached mostly
reports the corpus holds, statistical bulletins, mid-year accounts, copies in traditional characters and stored copies that
stop before the figures) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(1f3209c), untouched.
Five more (`blind162`, reviewing 2007–2009 in Liaoning, Hubei, Zhejiang, Anhui and Jiangsu, all delivered 2008–2010: the work
reports of the Panjin district 兴隆台区 of December 2008 (a document site's preview, a page number on its own line between
4.6 and 亿元) and of Wuhan on 2009 as a model-texts site reposts it with every year and the city's name blanked (一、年工作回顾),
and three accounts standing in for reports: the county 淳安's news site's editorial greeting its congress of February 2009,
the county 繁昌's news item of August 2009 on its ranking (final) and the district 盐都区's paper on the city's award meeting
of February 2008; thirty-seven searches for reports of cities, counties and districts delivered 2005–2012 reached mostly
reports the corpus holds, copies in traditional characters, statistical bulletins and yearbooks, model texts with their
figures blanked and news reports of congresses that give no figure) were found and labelled by hand before extraction ran on
them, and scored once on main as it stood (d93a6ab), untouched.
Three more (`blind163`, reviewing 2023 and 2024 in Shandong, Shaanxi and Anhui, all of them work reports delivered 2024–2025:
of the 枣庄 district 市中区 2024 from its government's site (a space between most numbers and their unit: 331 亿元), of the
county 凤县 2025 as its congress's site reports the opening (one run of text), and of the county 来安 2025 as a report
collection gives it (its date line without a date; growths written 下降15%); forty-five searches, most of them for work and
plan reports of cities, counties and districts delivered 2024–2026, reached mostly reports the corpus holds, copies in
traditional characters, stored copies that stop before their figures, pages without a source address and generated
summaries with made-up figures) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (d93a6ab), untouched.
Seven more (`blind164`, reviewing 2006–2024 in Shandong, Zhejiang, Yunnan and Anhui: the work reports of 德州 2008 (a
five years' review, an e-government site's repost) and 2013 (its targets, as the city's paper gives them), of 枣庄 2021
(its levels of 2020 under a news site's subheadings), of 淮南 on 2022 (delivered in December, before the year's end) and of 淮北 2025 (a news report of the
congress's opening); a news report of 宁波's economic work conference setting the targets of 2007 (an index for the CPI:
103%以内); and a paper's report, reposted on a forum with its anti-copy strings, of the party plenum of the county-level
city 大理市 on 31 December 2012, one string glued after a figure (296亿元7 M& T…); thirty-seven searches reached mostly
reports the corpus holds, copies in traditional characters and five years' reviews whose only figures are average
growths) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (d93a6ab),
untouched; an eighth, the 枣庄 district 市中区's work report of 2024, was found by blind163 at the same time, and was kept
there alone on merging (the same copy, the same thirteen labels).
Eight more (`blind165`, reviewing 2007–2024 in Zhejiang, Jiangsu, Sichuan, Fujian and Chongqing, all of them district
reports of big cities: the work reports of the Hangzhou districts 西湖区 2011 (a model-essay site's copy with every year
blanked to 20xx), 上城区 2018 (its copy opening at the greeting) and 拱墅区 2018 (the date line's 年 and 月 lost), the Nanjing
district 鼓楼区 2015, the Chengdu district 锦江区 2018 as a forum reposts it, the Xiamen district 思明区 (delivered in December
2024, before the year's end) and the Chongqing district 南岸区 2024 (each level in brackets after its growth), and the
Chengdu district 青羊区's party plenary of January 2008 as its yearbook's flip-book gives it, two columns run together line
by line; thirty-nine searches for work and plan reports of districts of Shenzhen, Guangzhou, Chengdu, Wuhan, Hangzhou,
Nanjing, Xi'an, Chongqing, Tianjin, Shenyang, Qingdao and Xiamen reached mostly reports the corpus holds, copies in
traditional characters, statistical bulletins and mid-year accounts) were found and labelled by hand before extraction ran
on them, and scored once on main as it stood (d93a6ab), untouched.
Seven more (`blind166`, reviewing 2013–2016 in Inner Mongolia, Liaoning, Beijing, Heilongjiang and Jilin, all of them
delivered 2014–2016 and all of them work reports of districts, banners and a county-level city: the banner 克什克腾旗 2014
and the county-level city 北镇 (delivered in December 2014, before the year's end) as a reports site reposts them, the
Beijing district 东城区 2016 (a model-texts site's copy run into one line, spaces where its lines broke: 0.87 %) and 2017
(delivered in December 2016, a five years' review, the levels of 2016 after those of 2011), the Hohhot district 赛罕区 2016
(a five years' review, its stored copy breaking off after the year's revenue) and the Harbin district 南岗区 2015 from their
sites, and the targets for 2014 of the Changchun district 绿园区 as a mirror of its site posts its year's work plan;
thirty-five searches, most of them for work and plan reports of cities, counties and districts of Hebei, Shanxi, Inner
Mongolia, Liaoning, Jilin, Heilongjiang, Beijing and Tianjin delivered 2013–2016, reached mostly reports the corpus holds
(or a plan or work report of the same place and year), copies in traditional characters, statistical bulletins and
yearbooks, and pages without a source address) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (685ffb2), untouched.
Six more (`blind167`, reviewing 2013–2015 in Zhejiang, Shandong and Fujian, all of them work reports delivered 2014–2016:
of 宁波 2014 (a reports site's copy breaking off inside the retail sales' growth) and 2015 (its incomes' growth in words,
快于经济增长), of 温州 2015 as a model-texts site reposts it with its title's year blanked and every percent sign of its review
dropped (同比增长7.2；…城镇登记失业率1.91), of the county-level city 滕州 2015, of the Ningbo district 海曙区 2016 (its date
line's 日 lost) and of the Fuzhou district 台江区 2016 (the site's string spliced into its review's heading, spaces before
some growths: 增长 10%); thirty-nine searches, most of them for work and plan reports of counties and districts of
Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong and Shanghai delivered 2013–2016, reached mostly reports the corpus
holds, copies in traditional characters, five years' reviews whose only figures are average growths, mid-year accounts
and generated summaries) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (685ffb2), untouched.
Eight more (`blind168`, reviewing 2013–2015 in Hunan, Henan, Hubei, Guangdong and Hainan, all delivered 2014–2016, one of
them a plan report: Changsha's for 2014 as a news report gives its targets (the CPI's an index, 103.5左右, and the population
growth's per-mille sign rendered %。: 7.5%。以内); the others work reports of the county-level city 新郑 2014 on its site, of
Zhengzhou 2014 (a paper's digest of a new term's review: 2013's levels, each with its average growth since 2008) and 2015 (a
news report under keyword headings), of Wuhan 2015 as a document site's preview gives it (run together, page numbers inside
it, spaces around numbers: 达到 1101 亿元), of Chaozhou 2015 as a paper reports it, of the Wuhan district 汉南区 of December
2015 (2015's levels at the ends of spans from 2010) and of Hainan 2016; thirty-one searches for work and plan reports of
cities, counties and districts of Henan, Hubei, Hunan, Guangdong, Guangxi and Hainan delivered 2013–2016 reached mostly
reports the corpus holds, copies in traditional characters (all those of Guangxi), statistical bulletins and pages with no
figure) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (685ffb2),
untouched.
Four more (`blind169`, reviewing 2016–2018 in Sichuan, Shaanxi and Gansu, all of them delivered 2017–2019 and of cities: the
work reports of 成都 2017 on a mirror site (no date line, the site's title glued after the review's heading) and of 乐山 2018
as a document site previews it (most growths and three indicators' names lost: 地区生产总值1525亿元、%左右；…；%；、增长13%；),
a China.org.cn report of the opening of 商洛's congress of February 2017 with the year's figures, and a machine-reworded news
copy of 嘉峪关's press conference of August 2019 on seventy years of the city, its figures of 2018 (final); forty-five
searches, most of them for work and plan reports of counties and districts of Sichuan, Chongqing, Guizhou, Yunnan, Shaanxi,
Gansu, Ningxia, Qinghai, Xinjiang and Tibet delivered 2017–2019, reached mostly reports the corpus holds, copies in
traditional characters, news of congresses whose stored text stops before the figures and statistical releases) were found
and labelled by hand before extraction ran on them, and scored once on main as it stood (685ffb2), untouched.
Five more (`blind170`, reviewing 2017 and 2018 in Hubei, Shandong and Anhui, all of them work reports of districts and
county-level cities delivered December 2017 to February 2018 and in December 2018: of the Shiyan district 郧阳区 (an
industrial-park site's listing, the date line run into the speaker and the greeting), of 宜都 (its levels in one list after
预计实现, its incomes' growths alone), of 丹江口 on 2018 from its government's site (delivered in December 2018, its index line
dated October 2019), of the Qingdao new area 西海岸新区 on 2017 (a mirror's copy opening at the greeting) and of the Hefei
district 包河区 on 2017 (a forum's copy breaking off inside its paragraph of figures); thirty-nine searches, most of them for work
and plan reports of cities, counties and districts of the East, Centre and Northeast delivered 2017–2019, reached mostly
reports the corpus holds, copies in traditional characters, statistical bulletins, news reports of congresses that stop
before their figures and pages without a source address) were found and labelled by hand before extraction ran on them,
and scored once on main as it stood (685ffb2), untouched.
Eight more (`blind171`, reviewing 2017–2019 in Tianjin, Liaoning, Heilongjiang, Hebei and Inner Mongolia, all of them work
reports delivered December 2017 to May 2020: of the Tianjin districts 河东区 2019 and 2020 as a report-collection site reposts
them (its 2019 figures under item 一, a bare 财政收入) and 南开区 2019 and 2020 from its government's page (each page headed by
the year it reviews, with its posting time), of 大连 2020 (delivered in May: final; its revenue and investment each a fall and a
comparable growth after a deduction: 下降1.6%，扣除减税降费等因素影响，可比增长11.5%), of the Harbin district 平房区 2019 as a
forum runs it together (two series in one paragraph: the district with its development zone, then the district alone), of
the Shijiazhuang district 藁城区 on 2017 as a news channel posts it in May without a date line, and of the Baotou district
昆都仑区 (delivered in December 2017, before the year's end, the outgoing government's report); twenty-five searches, most of
them for work and plan reports of cities, counties and districts of Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia,
Liaoning, Jilin and Heilongjiang delivered 2017–2020, reached mostly reports the corpus holds, copies in traditional
characters, statistical bulletins and stored copies that stop before their figures) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (d150dc4), untouched.
Five more (`blind172`, reviewing 2008–2018 in Zhejiang, Anhui and Fujian, all of them work reports delivered 2009–2010 and
2017–2019: of the Hangzhou district 余杭区 on 2008 from its government's site, of the county-level city 慈溪 on 2009 as its
congress's site summarises it (no date line: 财政一般预算收入 as the total beside 其中地方财政收入), of 合肥 for 2010 as an
unrelated site reposts its targets (居民消费价格指数约为103; 能耗…达到省控目标), of the county 漳浦 on 2017 (delivered on 29
December 2017, before the year's end) and of the county 宿松 on 2018 (one income for all residents: 城乡居民人均可支配收入16491元)
as a reports site gives them; thirty-one searches, most of them for work and plan reports of cities, counties and districts of
Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong and Shanghai delivered 2009–2012 and 2017–2019, reached mostly reports the
corpus holds, copies in traditional characters, five years' reviews whose only figures are average growths, statistical
bulletins, news reports of congresses that stop before their figures and pages without a source address) were found and
labelled by hand before extraction ran on them, and scored once on main as it stood (d150dc4), untouched.
Eight more (`blind173`, reviewing 2017–2019 in Hunan, Henan and Guangdong, all of them delivered 2018–2020: the work reports
of 永州 2020 as a document site gives its file (spaces inside words: 规 模 工 业 增加 值 增 长 8.2%), of 岳阳 2019 as 红网 posts
it (one list of growths after 分别增长), of 衡阳 2020 as a document site previews its .docx (words and punctuation lost:
区生产总值预计增 8%上; 分别增长 9%12%一般公共预算收入完), of Hunan 2019 as a documents site gives it from a PDF (a stray
marker after each paragraph) and of the county 新县 2019 as a forum reposts it in one run of text; the plan report of
汕头 on 2018 (its date line's 年 and 月 lost: 2019120日; a restated target and the year before's CPI in the review), the
mid-year plan report of the Guangzhou district 越秀区 on 2018 (the year's targets in its table, one cell a line) and an
answer in an online interview on 常德's figures of 2017 (June 2018: final); thirty-three searches, most of them for work and
plan reports of cities, counties and districts of Henan, Hubei, Hunan, Guangdong, Guangxi and Hainan delivered 2017–2020,
reached mostly reports the corpus holds, copies in traditional characters (all those of Guangxi again), statistical
bulletins, pages without a source address and stored copies that stop before their figures) were found and labelled by
hand before extraction ran on them, and scored once on main as it stood (d150dc4), untouched.
Three more (`blind174`, reviewing 2013 and 2015 in Sichuan and Shaanxi, all of them work reports of cities delivered
2014–2016: of 成都 2014 as 中国经济网's collection of reports gives it (its review's opening and first paragraph of industry),
of 绵阳 2014 as a regional portal reposts it from the city's paper (the date line run into the speaker) and a Xi'an
Evening News reading of 西安's report of May 2016 (a session held late: its results of 2015 final, two levels of the
five years' box read as 2015's); forty-five searches, most of them for work and plan reports of cities, counties and
districts of Sichuan, Chongqing, Guizhou, Yunnan, Shaanxi, Gansu, Ningxia, Qinghai, Xinjiang and Tibet delivered 2010–2016,
reached mostly reports the corpus holds, copies in traditional characters (昭通, 贵阳, 张家川, 府谷, 平利, 天水), five years'
reviews whose only figures are average growths, news of congresses that stop before their figures and a page without a
source address) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(d150dc4), untouched.
Five more (`blind175`, reviewing 2009–2015 in Shandong, Henan and Hunan, one of them a plan report: of the Linyi district
罗庄区 on 2009 from its site (its index lines before the title, the stored copy breaking off before the targets for 2010);
the others accounts of economic work conferences: a 信阳日报 feature of January 2010 on the city's targets for 2010 (its
GDP of 2009 a milestone, 突破950亿元, its growth 12%以上), the 常德 development zone's news item of January 2016 relaying
the city's conference on 2015, and 红网's reports of the conferences of the Changsha district 岳麓区 on 2014 (its copy
opening at 会议的主要任务是) and of the county-level city 吉首 setting its targets for 2015 (财税收入, and a worded quota of
three indicators: 严格控制在省、州确定的范围内); thirty searches for plan reports of cities, counties and districts and
for economic work conferences delivered 2008–2020 reached mostly reports the corpus holds, copies in traditional
characters, mid-year accounts, model speeches with their figures blanked and novels) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (d150dc4), untouched.
Four more (`blind176`, reviewing 2018–2022 in Shandong, Shanxi and Henan, all of them counties and county-level cities: the
work reports of the county 夏津 on 2018 as a document site gives it (a stray marker IlZ after each paragraph, ;; for the
quotation marks, a line break inside the GDP: 21⏎4.9亿元, one income for all residents), of the county 西峡 of 15 June 2023
(final; a reports mirror's copy of its PDF, spaces around numbers and inside words: 一般公共预算收入完 成 22.28 亿元) and of
the county-level city 沁阳 of February 2023 as a model-texts site gives it (its leader's name starred out, each figure
with its rank and its margins over the country, province and city), and a 黄河新闻网 item of July 2022 on the county
灵石's year (no year named, its figures taken as 2021's; milestones 超过65亿元 and 超过5800万斤); forty-five searches, most
of them for work and plan reports of cities, counties and districts of Hebei, Shanxi, Henan and Shandong delivered
2008–2022, reached mostly reports the corpus holds, copies in traditional characters, statistical bulletins, pages without
a source address and copies whose stored text stops before the figures, so that two of the four were delivered in 2023)
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (f8509d9), untouched.
Six more (`blind177`, reviewing 2014–2023 in Hubei, Jiangxi and Anhui, all of them work reports: of the county-level city
仙桃 2015 on a reports mirror (its results with no 预计, given in February), of Wuhan 2019 as a news report gives its
growths and targets, of the county-level city 瑞金's targets for 2022 as a local portal gives them (no title or date line,
8%、10%左右 for its two incomes), and, past the set's 2008–2022 range, of the county-level city 樟树 and the county 濉溪
2023 and the district 袁州区 2024 (its 区本级 investment a fall, 下降14.6%) as report mirrors give them; forty searches for
work and plan reports of cities, counties and districts of Jiangxi, Anhui and Hubei delivered 2008–2022 reached mostly
reports the corpus holds, copies in traditional characters, stored copies whose first page stops before the year's
figures, five years' reviews whose only figures are average growths and a generated summary) were found and labelled by
hand before extraction ran on them, and scored once on main as it stood (f8509d9), untouched.
Five more (`blind178`, reviewing 2010–2022 in Guangdong and Fujian, all of them work reports of districts and counties
delivered 2011–2014 and in December 2016 and 2022: of the Shenzhen district 龙岗区 2011 from its site (each level of 2010
after its average growth over the five years), of the Guangzhou district 黄埔区 2012 from the city's site (its copy breaking
off after the retail sales), of the Jieyang district 榕城区 2014 as an investment-promotion site's listing runs it into one
paragraph, of the county 诏安 on 2022 (delivered on 20 December 2022, before the year's end) as a reports site gives it,
and a 厦门网 reading of the Xiamen district 集美区's report of December 2016 (2016's levels each with its average growth
since 2011, and the targets for 2017); thirty-seven searches, most of them for work and plan reports of counties and
districts of Guangdong, Guangxi, Hainan and Fujian delivered 2008–2022, reached mostly reports the corpus holds, copies
in traditional characters (all those of Guangxi but one the corpus holds), statistical bulletins and yearbooks, and
pages that stop before their figures) were found and labelled by hand before extraction ran on them, and scored once on
main as it stood (f8509d9), untouched.
Three more (`blind179`, reviewing 2020 and 2021 in Chongqing and Sichuan, all of them of districts and a county: the work
report of the county 荣县 (自贡) of January 2021 as a documents site gives it from a PDF (spaces around numbers: 达到 230.5
亿元; the levels at the end of the 13th five-year period, each with its average growth), a mirror's copy of a news report of
the opening of the 南川区 congress of January 2022 with every year and some numbers blanked (年南川区主要预期目标是：GDP增长7%左右),
and a model-texts site's copy of a speech of December 2020 to the 大足区 engineers' association standing in for a review of the
district's 2020 (its levels each with an average growth: 地区生产总值达到680亿元、年均增长8.4%); forty-five searches, most of them
for work and plan reports of counties and districts of Yunnan, Guizhou, Sichuan and Chongqing delivered 2008–2022, reached
mostly reports the corpus holds, copies in traditional characters, statistical bulletins, five years' reviews whose only
figures are average growths and stored copies that stop before their figures, no page of Yunnan or Guizhou the corpus lacks)
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (f8509d9), untouched.
Four more (`blind180`, reviewing 2009–2021 in Inner Mongolia and Liaoning, two of them news accounts standing in for reports:
a regional site's undated feature on the banner 科左中旗 in 2009 (its results taken as expected) and a 辽宁日报 feature of March
2013 on 丹东's figures for 2012 as the city library reposts it; the others work reports of the banner 西乌珠穆沁旗 2022 (a four
years' review, its levels of 2021 at the ends of spans from 2017) and of 营口 2013 as a mirror gives it from its greeting (a
gambling site's name spliced in for the province's party committee); forty-four searches, most of them for work and plan
reports of counties, banners and districts of Liaoning, Jilin, Heilongjiang, Inner Mongolia, Shaanxi, Gansu, Qinghai, Ningxia
and Xinjiang delivered 2008–2022, reached mostly reports the corpus holds, copies in traditional characters, statistical
bulletins, reports delivered after 2022 and stored copies that stop before their figures) were found and labelled by hand
before extraction ran on them, and scored once on main as it stood (f8509d9), untouched.
Six more (`blind181`, reviewing 2006–2014 in Anhui, Zhejiang and Shanghai, all of them work reports of counties, county-level
cities and districts delivered 2007–2015: of the county 肥西 on 2006 as an e-government portal reposts it (its levels and
growths in two lists paired by 分别增长), of the county-level city 海宁 on 2011 from its site (a term's review, each level
with its average growth since 2006), of the county 德清 on 2013 as a model-texts site gives it with every year blanked to
20xx (the year read from the congress's session), of the Shanghai districts 宝山区 and 闸北区 on 2013 (增加值 for GDP) and of
the county 海盐 on 2014 from its site (a second GDP without the nuclear plant in brackets); thirty-two searches, most of them
for work and plan reports of counties and districts of Jiangsu, Zhejiang, Shanghai and Anhui delivered 2006–2016, reached
mostly reports the corpus holds, copies in traditional characters (all those of Jiangsu counties found), statistical
bulletins, five years' reviews whose only figures are average growths and stored copies that stop before their figures)
were found and labelled by hand before extraction ran on them, and scored once on main as it stood (4c94888), untouched.
Five more (`blind182`, reviewing 2010–2022 in Shandong and Henan, all of them of counties but one: the work reports of the
county 东阿 on 2014 as an investment-promotion site's listing runs it into one paragraph (no date line: taken as expected)
and on 2022 (past the set's range) as a reports mirror gives it, of the county 卢氏 of 24 April 2017 as Wikisource holds it
(final; 2016's levels, each with its average growth over five years) and of 聊城 2011 as a news aggregator reposts it (2010's
levels only, each with its multiple of 2005; 城市化水平 read as the urbanisation rate), and a news item of November 2015 on the
county 广饶 giving its development bureau's figures for 2015 (生产总值将达815亿元); forty-four searches, most of them for work
and plan reports of counties and districts of Shandong, Henan, Hebei, Shanxi, Beijing and Tianjin delivered 2006–2016,
reached mostly reports the corpus holds, copies in traditional characters, statistical bulletins and yearbooks, a copy
with its figures lost and news of congresses that stop before their figures, no page of Hebei, Shanxi, Beijing or Tianjin
the corpus lacks) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(4c94888), untouched.
Five more (`blind183`, reviewing 2016–2019 in Hunan and Hubei, all of them work reports delivered January 2017 to January
2020: of the cities 益阳 2017 from its government's site (a new term's review, 2016's levels each with its average growth
over four years), 怀化 2019 as a reports site gives it, 鄂州 2018 as china.org.cn reposts it and 张家界 2020 as the city's
news site reports the congress's opening (growths only, each after 增长, one pair after 分别增长), and of the 岳阳 district
君山区 of 29 December 2019 as a document site runs it into one paragraph (four growths in one list after 分别增长);
forty-four searches, most of them for plan and work reports of cities, counties and districts of Hubei, Hunan, Jiangxi,
Guangdong, Guangxi, Hainan and Fujian delivered 2010–2020, reached mostly reports the corpus holds (or a plan or work
report of the same place and year), copies in traditional characters (all those of Guangxi, Jiangxi's cities and most of
Guangdong's and Hainan's), statistical bulletins, five years' reviews whose only figures are average growths and reports
delivered after 2020, and no plan report the corpus lacks) were found and labelled by hand before extraction ran on them,
and scored once on main as it stood (4c94888), untouched.
Four more (`blind184`, reviewing 2016–2022 in Yunnan and Sichuan, all of them of prefectures and cities: the work report of
the prefecture 大理州 for 2017 as a local forum's series on the congresses gives its targets (the forum's anti-copy strings
kept, one glued before a heading: 7A把大理建设成为), of 广元 on 2019 (delivered on 11 June 2020: final; its revenue's growth on
both bases, 同口径增长9.3%（自然增长1.7%）) and, past the set's 2008–2020 range, a 攀枝花日报 sidebar of the opening of 攀枝花's
congress of January 2023 (its results and the first four targets of 2023), and a news report of the press conference of
7 August 2019 on seventy years of the prefecture 楚雄 standing in for a review of its 2018 (final; its 1958 levels and
multiples beside them); thirty-nine searches, most of them for work and plan reports of cities, counties and districts of
Sichuan, Chongqing, Guizhou, Yunnan and Tibet delivered 2008–2020, reached mostly reports the corpus holds (or a plan or work
report of the same place and year), copies in traditional characters, statistical bulletins, pages without a source address
and stored copies that stop before their figures) were found and labelled by hand before extraction ran on them, and scored
once on main as it stood (4c94888), untouched.
Three more (`blind185`, reviewing 2016–2024 in Inner Mongolia, Ningxia and Liaoning, all of them work reports of a banner
and two cities as their stored copies give them: of the banner 东乌珠穆沁旗 of January 2022 from its government's site (a four
years' review whose only figures are four years' totals, average growths and the incomes' levels at its end: 地区生产总值累计完成
232.75亿元，年均增长3.56%), a 固原新闻网 feature on the close of 固原's congress of January 2025 quoting its first two targets
(地区生产总值增长5.6%，固定资产投资增长7%以上……), and a reworded repost of a Xinhua report on 沈阳's report of 9 January 2017
with its two targets; forty-five searches, most of them for plan and work reports of the prefecture-level cities, leagues
and prefectures of Liaoning, Jilin, Heilongjiang, Inner Mongolia, Shaanxi, Gansu, Qinghai, Ningxia and Xinjiang delivered
2014–2025, reached mostly reports the corpus holds, copies in traditional characters, statistical bulletins and yearbooks,
five years' reviews whose only figures are average growths and stored copies that stop before their figures (the plan
reports of 呼和浩特 on 2022 and 锡林浩特 on 2021, the work reports of 海南州 on 2022 and of 大庆, 伊春 and 齐齐哈尔 on 2021), so
that the set is smaller than its brief asked) were found and labelled by hand before extraction ran on them, and scored once
on main as it stood (4c94888), untouched.
Five more (`blind186`, reviewing 2005–2012 in Jiangsu, Zhejiang, Fujian and Guangdong, all of them delivered 2006–2013:
the work reports of 徐州 2006 as a forum reposts it (GDP's growth of each year of the 10th five-year period in one list,
增长速度每年分别为11%、11.4%、12.5%、14%和14.3%, the earlier four final), of 台州 2010 in its draft for comments as the
city's CPPCC site posts it (every level blanked, 生产总值**亿元，增长8%; the date line's day left blank), of the Ningbo
district 镇海区 2011 in its site's summary (a term's review: 2010's levels each at the end of a span from 2005, a bare
财政一般预算收入) and of the Shenzhen district 南山区 2013 as an investment-promotion listing runs it into one paragraph
(人均GDP、可支配收入分别达25.7万元和4.4万元), and the plan report of the Quanzhou district 鲤城区 of 16 December 2011
(its targets only as margins, 高于预期目标0.5个百分点); thirty-two searches, most of them for work and plan reports of
prefecture-level cities and their districts of Jiangsu, Zhejiang, Fujian and Guangdong delivered 2005–2013, reached mostly
reports the corpus holds, copies in traditional characters (漳州 2010, 泰兴 2010, 盐城 2010, 惠州 2010, 白云区 2010, 苏州
2012, 江门 2011), statistical bulletins and yearbooks, a page without a source address (镇江 2011) and copies that stop
before their figures) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
Six more (`blind187`, reviewing 2007–2012 in Hubei, Henan and Anhui, all of them work reports of cities and districts
delivered 2008–2013: of 武汉 of 16 February 2008 as an e-government portal reposts it (服务业实现增加值 for the tertiary sector,
城镇登记失业率低于4.2%), of 鄂州 2008 from the city's site (a four years' review, each level of 2007 after its average growth),
of 黄石 on 2009 as the development zone's site reposts it (all the year's figures in one run after 初步预计, a revenue's fall,
居民消费价格指数为99.5%), of the Kaifeng district 禹王台区 of 2 March 2011 (一般预算收入8905万元), of the Bengbu district 禹会区
given before the end of 2012 with its date line blank, and of the Anyang district 殷都区 of 5 February 2013 (five of its six
results falls: 属地生产总值完成53.5亿元，下降2.5%); twenty-five searches, most of them for work and plan reports of
prefecture-level cities and their districts of Henan, Hubei, Hunan, Jiangxi and Anhui delivered 2005–2013, reached mostly
reports the corpus holds, copies in traditional characters (九江 2014, 宣城 2010 and 2012, 江西 2010), statistical
bulletins and yearbooks, five years' reviews whose only figures are average growths, a copy with every character doubled
(居巢区 2010) and stored copies that stop before their figures, and no report of a city or district of Hunan or Jiangxi the
corpus lacks) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(8ba89e2), untouched.
Five more (`blind188`, reviewing 2017–2023 in Shandong, Shanxi and Liaoning, all of them work reports of cities, a
district and counties delivered 2018–2024: the county paper's digest of the report of the county 惠民 of January 2020 (its
year's figures after 预计全年), the report of 运城 of 24 February 2019 as a repost gives it (a gambling site's name spliced in
for 习近平), a news report of the opening of the 尧都区 congress of 1 March 2019 with its targets only, 盘锦's report of 7 January
2018 as 中国经济网 reposts it (2017's levels after a four years' review, each with its rank in the province, the incomes in
万元), and the report of the county-level city 荣成 of January 2024 from its site with characters and stops lost (增长6%一般公共预算收入
56亿元，增长2.7%城镇和农村居民人均可支配收入分别增长4%6.2%); thirty-seven searches, most of them for work and plan reports of
cities, counties and districts of Hebei, Shanxi, Shandong, Liaoning, Jilin and Heilongjiang delivered 2017–2025, reached
mostly reports the corpus holds, copies in traditional characters, statistical bulletins, pages without a source address,
reports delivered in 2026, five years' reviews whose only figures are average growths and stored copies that stop before
their figures, no page of Hebei, Jilin or Heilongjiang the corpus lacks) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (8ba89e2), untouched.
One more (`blind189`, reviewing 2023 in Sichuan: a 渠县融媒体中心 news report of the opening of the congress of the county 渠县
on 25 June 2024 (final), the county head's review of 2023 in one sentence (全年地区生产总值实现420.1亿元、增长7%，地方一般公共预算收入增长
23.5%，城乡居民人均可支配收入分别增长4.6%、7.5%); forty-five searches, most of them for work and plan reports of counties and
districts of Sichuan, Chongqing, Guizhou, Yunnan, Guangxi and Hainan delivered 2017–2025, reached mostly reports the corpus holds
(or a plan or work report of the same place and year), copies in traditional characters (桂平 2023, 白沙 2025, 乐东 2024, 宣汉
2021 among them), statistical bulletins, mid-year accounts, county profiles and stored copies that stop before their figures, so
that the set is smaller than its brief asked) was found and labelled by hand before extraction ran on it, and scored once on
main as it stood (8ba89e2), untouched.
One more (`blind190`, reviewing 2007, a plan report of a county: the report on 2007 and for 2008 submitted to the second
session of a county's 16th congress as the model-texts site gwyoo.com reposts it with the county's name taken out (named
mouxian-2008-plan, 某县, its jurisdiction unidentified; GDP at current prices with its growth at 2005 comparable prices, the
three sectors' levels and growths in two lists after 分别, 县市财政总收入 beside 地方一般预算收入, 城镇新增就业人员4012人 and
居民消费价格总指数105.0%), the stored copy breaking off before the targets for 2008; forty-five searches for plan reports of
prefecture-level cities, districts and counties of any province delivered 2005–2025 reached mostly reports the corpus holds,
work reports, statistical bulletins, mid-year and three-quarter accounts, plan documents and plan reports whose stored copies
stop before their figures (青浦区 on 2013 and 2014, its figures in a table the copy lost; 汉滨区 on 2020; 宝安区 on 2019; 滨州
2006 and 珠海 2018 as their governments' notices give them), so that the set is far smaller than its brief asked) was found
and labelled by hand before extraction ran on it, and scored once on main as it stood (8ba89e2), untouched.
Six more (`blind191`, reviewing 2024 and 2025 in Shandong, Fujian, Jiangsu and Zhejiang, all of them work reports
of cities, counties and a district delivered January 2025 to January 2026: of the county 平邑 of 16 January 2025 as a
reports site gives it (2024's figures after 预计, levels and growths paired by 、), the targets' pages of the reports of
the county 武城 of 9 January 2025 (each with 以上, 进出口增长6%以上) and of a Fujian county identified as 柘荣 from its
slogans (its header lost; 实际利用外资完成市下达目标), 菏泽's report of 9 January 2025 as the city paper prints it from its
date line (生产总值4800亿元、增长6.3%左右), the digest of the report of the Taizhou district 姜堰区 of 13 January 2026 (2025's
results in short lines by field: 居民收入与经济增长基本同步, 新增城镇就业6000人以上), and a 都市快报 report of 杭州's report
of 22 May 2025 (a congress held in May: its results of 2024 final); thirty-six searches, most of them for work and plan
reports of cities, counties and districts of Jiangsu, Zhejiang, Shanghai, Anhui, Fujian, Jiangxi and Shandong delivered
2025–2026, reached mostly reports the corpus holds, copies in traditional characters, provincial reports, news of
congresses that stop before their figures and a Shanghai district's report (黄浦区 2025) whose only figures are of parts
of the year, no page of Shanghai, Anhui or Jiangxi the corpus lacks) were found and labelled by hand before extraction
ran on them, and scored once on main as it stood (2cfabcd), untouched.
Eight more (`blind192`, reviewing 2024 in Hebei, Henan, Hunan and Hubei, all of them work reports of cities, counties and a
county-level city delivered December 2024 to March 2025: of 沧州 of 19 January 2025 from its government's site (growths only,
全年… with no 预计, 进出口总值) and of the counties 延津 of 25 March 2025 and 宜阳 of 23 January 2025 as a reports mirror gives them
(their years' results, 延津's levels with growths after 、); the targets for 2025 alone of the county 正定 and the county-level city
荥阳 (second pages of that mirror, undated) and of the county 叶县 of 18 March 2025 (its copy breaking off inside the targets:
城镇新增就业6400人以上); the targets of 湘潭 given on 23 December 2024 as 中国经济网 reposts them (a level beside the growth:
增长6%左右、奋力站上3000亿元大台阶) and a 长江云 item on 襄阳's targets of 9 January 2025 (its headline's growth without its 左右,
two targets inside the tasks' paragraphs); thirty-seven searches, most of them for work and plan reports of cities, counties
and districts of Henan, Hubei, Hunan, Hebei, Shanxi, Beijing and Tianjin delivered 2025–2026, reached mostly reports the corpus
holds, copies in traditional characters (宜都 2025, 黄冈 2025, 新乡 2025), statistical bulletins, news of congresses and stored
copies that stop before their figures (石景山区 2025, 潞城区 2026, 襄阳 2026), no page of Shanxi, Beijing or Tianjin the corpus
lacks) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (2cfabcd), untouched.
Two more (`blind193`, reviewing 2024 and 2025 in Sichuan: the 雅安 city site's news report of the opening of the congress of
the county 芦山县 on 27 January 2026 (its year read from the report's parts, the review's one sentence of figures:
全年实现地区生产总值77.33亿元、增长6.0%；地方一般公共预算收入4.21亿元、增长6.84%), and, a province against the brief's aim, a
四川新闻网 commentary of 21 January 2025 quoting the province's targets for 2025 in full (地区生产总值增长5.5%以上 … 粮食产量725亿斤
以上) and 2024's growth after 预计, its level a milestone (经济总量超过6.4万亿元, not labelled); forty-five searches, most of them for
work and plan reports of cities, counties and districts of Guangdong, Guangxi, Hainan, Sichuan, Chongqing, Guizhou, Yunnan and
Tibet delivered 2025–2026, reached mostly reports the corpus holds (佛冈 2025, 德宏 2025, 龙岗 2025, 金牛 2025, 通川 2026, 景谷
2026, 横州 2026), copies in traditional characters (西藏 2025, 广东 2026 among them), full reports whose stored text stops before
their figures (渝中 2026, 开州 2026, 玉林 2025, 海南 2025 plan, 三亚 2026, 阿坝 2026), five years' reviews whose only figures are
average growths and pages of fewer than four figures (镇康 2026, 雅江 2026, a repost of 广东 2026's three targets), so that the set
is smaller than its brief asked) were found and labelled by hand before extraction ran on them, and scored once on main as it
stood (2cfabcd), untouched.
Three more (`blind194`, reviewing 2024 in Shaanxi, Xinjiang and Inner Mongolia, all of them work reports delivered in
early 2025: a news report on the site of the county 佳县 of the opening of its congress on 20 February 2025 (its review up to
the investment, the copy breaking off inside the next figure), the 行署 report of the prefecture 塔城 as a reports site gives
it from the heading of its review (no date: taken as expected; levels and growths in one run), and the report of the banner
巴林右旗 of 16 January 2025 on a reports mirror (growths only, after 预计, one pair after 分别; 粮食产量稳定在11亿斤以上);
forty-one searches, most of them for work and plan reports of cities, counties, districts and banners of Liaoning, Jilin,
Heilongjiang, Inner Mongolia, Shaanxi, Gansu, Qinghai, Ningxia and Xinjiang delivered 2024–2026, reached mostly reports
the corpus holds (凤县, 尉犁, 湟源, 中宁, 甘州区, 黄龙, 北林区, 友谊, 阿拉善右旗, 土默特左旗 among them), copies in traditional
characters (湟中区 2024, 克什克腾旗 2025, 固阳 2025), an invented report (镇原 2024), reports delivered before 2024 and
stored copies that stop before their figures (正蓝旗's plan report on 2024, 吴起 2025, 平凉 2025, 虎林 2025, 杭锦后旗 and
九原区 2026, 海城 2026, 道里区 2026), so that the set is smaller than its brief asked) were found and labelled by hand before
extraction ran on them, and scored once on main as it stood (2cfabcd), untouched.
Four more (`blind195`, reviewing 2015–2020 in Zhejiang, Hunan and Jiangxi, all of them work reports of a county-level city and
counties delivered 2016–2021: of the county-level city 余姚 on 2019 from its site (no date line, its page posted on 12 May 2020
after the epidemic's delay: final), of the county 宜章 of 5 January 2016 as a reports site gives it (财政总收入…，其中地方财政收入…，
分别下降7.78%、2.78%), of the county 石门 of 22 April 2020 as 公文搜 runs it into one paragraph (地方一般公共预算收入迈上10亿元台阶 a
milestone, its growth alone labelled) and of the county 南城 of 23 February 2021 as a county-information site gives it with its
marker after each paragraph (N6h县情资料网---…); thirty-nine searches, most of them for work and plan reports of counties and
county-level cities of any province delivered 2014–2022, reached mostly reports the corpus holds, copies in traditional
characters, statistical bulletins, prefecture cities outside the brief and copies that stop before their figures) were found
and labelled by hand before extraction ran on them, and scored once on main as it stood (2cfabcd), untouched.
One more (`blind196`, reviewing 2025 in Henan: the 济源日报 reading of the plan report of the city 济源 issued at its congress of
26 February 2026, its opening sentence the year's five growths with no 预计 (全年地区生产总值增长5%，规上工业增加值增长6.3%，…，一般公共
预算收入增长3.6%), the stored copy breaking off in the reading's first bullets before any target; forty-five searches for plan-execution
reports of cities, counties and districts of any province delivered 2022–2026 reached mostly plan reports the corpus holds (余杭区
2023, 相城区 2022, 鄂城区 2024, 滨海新区 2024, 东丽区 2024, 瑶海区 2026, 通化县 2026, 新乡 2024), plan reports whose stored copies stop
before their figures (城口县 2025, 鸠江区's reading of 2025, 重庆 2023, 烟台 2026 as its paper reports it), copies in traditional
characters, work reports and statistical bulletins, so that the set is far smaller than its brief asked) was found and labelled by
hand before extraction ran on it, and scored once on main as it stood (6c9ad55), untouched.
Four more (`blind197`, reviewing 2021 and 2022 in Fujian, Jiangsu and Guangdong, all of them work reports of counties,
a county-level city and districts delivered December 2021 to March 2023: of the county-level city 福安 of 16 December 2021
from its government's site (公共财政总收入 and 地方公共财政收入, 实际利用外资1815万元, a sub-point's numeral lost: （）坚持…), the
second page of the Suzhou district 吴中区's report for 2022 on a reports site (its results marked （预计，下同）, 进出口总额90亿美元),
the report of the county 建宁 with no date line (地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%, labelled
on both bases) and the report of the Shantou district 龙湖区 of 16 March 2023 (two falls, 下降1.9% and 下降19.4%); forty-four
searches, most of them for work and plan reports of counties and districts of Jiangsu, Zhejiang, Guangdong and Fujian
delivered 2021–2024, reached mostly reports the corpus holds (阳西 2023, 陆丰 2022, 诏安 2023, 浦江 2023, 云和 2024, 磐安 2024,
罗湖 2023, 番禺 2023, 斗门 2022, 荔城 2023), copies in traditional characters (惠安 2024, 泗洪 2021, 金坛 2024, 福鼎 2025),
statistical bulletins, reports delivered outside those years and stored copies that stop before their figures (江阴 2023,
惠城 2024, 吴江 2024, 丰泽 2024, 岱山 2023), no page of Zhejiang the corpus lacks, so that the set is at the low end of its
brief) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (6c9ad55),
Four more (`blind198`, reviewing 2021–2023 in Jiangxi, Hunan and Hubei, all of them work reports of counties and districts
delivered 2022–2023: of the county 南昌县 of 12 February 2022 on a mirror of its government's page (the stored copy breaking off
after 实际利用外资增长7.5%；, 财政总收入 and the local revenue paired: 分别实现156.8亿元、79.3亿元，同比增长11%、12.6%（同口径）), of the
district 君山区 on 2022 as a document site gives its file's text layer (no title or date: taken as given in December 2022; nine
growths after 预 计 分别 增 长, spaces inside words and before each 、), a 荆州新闻网 item on the report of the district 荆州区 of
26 December 2022 (before the year's end: expected; levels and growths of the incomes in two lists: 达到45564元、27498元，增幅6.0%、7.0%),
and the report of a 怀化 county of December 2023 with its name blanked, identified as 溆浦 from its **鹅 (GDP完成226.85亿元); forty-one
searches, most of them for work and plan reports of counties and districts of Henan, Hubei, Hunan, Anhui and Jiangxi delivered
2021–2024, reached mostly reports the corpus holds (长沙县, 宜章, 湘潭县, 霍邱, 肥西, 庐江, 延津, 新郑, 沁阳, 于都, 通城 among them),
copies in traditional characters (醴陵 2023, 崇义 2023, 长丰 2025, 南县 2022), statistical bulletins and stored copies that stop
before their figures (宜黄 2023, 南康区 2023, 武宁 2022, 新密 2023 after three figures), so that the set is at the low end of
its brief) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (6c9ad55),
untouched.
Seven more (`blind199`, reviewing 2022 and 2023 in Shandong, Hebei, Shanxi, Shaanxi, Inner Mongolia and Liaoning, all of
them work reports of cities, counties and a district delivered January 2023 to January 2024: a news item on the targets for
2023 of the Qingdao district 李沧区 (区内生产总值 as the GDP, 区级 revenue, 高新技术企业突破 460家 with its space), the reports
of 乌海 of 1 January 2023 (growths after 预计 with 左右 and 以上) and of 沧州 of 16 January 2023 (growths only, 一般公共预算收入可比增长),
大连's of 6 January 2024 on a mirror of the city's page (城乡居民人均可支配收入与经济增长基本保持一致 labelled for each side; a
decline of energy intensity since 2020 not labelled), the county 微山's of 3 January 2023 (levels with growths after 、), the
county 城固's review of 2022 from a word file's text with spaces around its numbers and its separators lost (增长 4.6% 7%,
1830 万美 元; undated, labelled expected) and a model-texts site's reading of the county 泽州's report of 2023 (levels only,
undated, labelled expected); twenty-nine searches, most of them for work and plan reports of cities, counties, districts and
banners of those provinces delivered 2021–2024, reached mostly reports the corpus holds (饶阳, 博野, 交城, 和顺, 邢台, 辽阳,
旅顺口区, 苏尼特右旗, 东乌珠穆沁旗, 历下区, 魏县 among them), copies in traditional characters (柳林 2023, 新宾 2024, 丛台区
2024), statistical bulletins and stored copies that stop before their figures (烟台 2023, 沂南 2023, 洋县 2023, 唐山 2023,
阿拉善右旗 2024)) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
Three more (`blind200`, reviewing 2021 and 2022 in Xinjiang and Sichuan, all of them of counties: the work report of the
county 乌恰 of 10 January 2023 from its government's site (growths only, each after 同比增长), the plan report of the county
通江 of 28 April 2022 from its site (a session held late: its results of 2021 final; 城镇新增就业7252人, 城镇登记失业率控制在
4.0%以内, 居民消费价格同比上涨3%) and 通江's work report on 2022 as a document site gives its text layer (no date line, a line
break every line; growths only, after 预计, its GDP's in words across a line break: 增幅不低于全市平均水⏎平); forty-five searches, most of them for
work and plan reports of cities, counties and districts of Sichuan, Chongqing, Guizhou, Yunnan, Guangxi, Gansu and Xinjiang
delivered 2021–2024, reached mostly reports the corpus holds (中江 2023, 景东 2023, 牟定 2024, 疏附 2023, 西昌 2023, 天全 2023,
黎平 2023, 玉屏 2023, 万秀区 2023, 石棉 2021, 攀枝花 2023), copies in traditional characters (自流井区 2023, 张家川 2024,
六盘水 2024, 南宁 2023, 璧山区 2022), pages without a source address (丽江 2023, 宁南 2023), generated summaries with made-up
figures (镇原 2024, 沧源 2024), a mid-year account (梁平区 2022), five years' targets whose only figures are average growths
(金昌 and 酒泉 2021) and stored copies that stop before their figures (水城区 2023, 榆中 2022), so that the set is smaller
than its brief asked) were found and labelled by hand before extraction ran on them, and scored once on main as it stood
(6c9ad55), untouched.
Six more (`blind201`, reviewing 2007–2023 in Shanghai, Jiangsu, Anhui and Zhejiang, all of them work reports of districts and
counties delivered 2008–2024, two reviewing a year before 2016: the Shanghai district 长宁区's of 17 January 2008 on its
open-government site (区增加值 as the GDP, 全区财政收入完成105.62亿元，首次超过百亿大关 its level labelled, the milestone not; trade and
investment levels alone), a page of the Changzhou district 钟楼区's site of January 2010 whose copy opens with the year's targets
(taken as its work report's; 实际到账外资 as 实际利用外资, falls of energy use and emissions with their verbs: 下降4, 削减6, 削减5), the
county 盱眙's of 4 January 2020 on a model-texts site (levels with growths after 、), a news item giving 休宁's review of five
years at the start of its new term (2021's levels each beside its multiple of 2016; a milestone and an average not labelled;
外商直接投资3200万美元), 象山's of 23 January 2022 (2021's levels beside averages over five years; a five years' total of foreign
capital not labelled) and 嵊泗's of 28 January 2024 on a reports mirror (incomes in 万元: 6.84万元); thirty searches, most of
them for work and plan reports of provinces, cities, counties and districts of Jiangsu, Zhejiang, Shanghai and Anhui delivered
2006–2024, reached mostly reports the corpus holds (武义 2010, 开化 2012, 淳安 2016, 普陀区 2006, 上城区 2010, 慈溪 2010, 南通 2011,
苏州 2014, 泗阳 2019, 沭阳 2019, 庐江 2022, 全椒 2022, 霍邱 2024, 霍山 2023, 湖州 2017), copies in traditional characters (泰兴
2010, 文成 2013, 和县 2018, 黟县 2017, 建德 2021, 宣城's plan report on 2018), statistical bulletins, reviews whose only
figures are averages over five years (天长 2016, 建德 2022, 平湖 2021, 宣城 2011) and stored copies that stop before their figures
(浙江 2010, 开化's plan report on 2009, 歙县 2022)) were found and labelled by hand before extraction ran on them, and scored once
on main as it stood (5147a9e), untouched.
Six more (`blind202`, reviewing 2009–2023 in Fujian and Guangdong, all of them work reports of districts and a
county-level city delivered January 2010 to December 2023: of the Xiamen district 同安 of 13 January 2010 from its government's
site (growths written 比增, 财政总收入 with 其中地方级财政收入, the CPI as an index: 居民消费价格指数97.1), of the Shenzhen district 盐田
of 3 January 2012 as a document site gives its text layer in one line with page numbers run in (levels of 2011 only, beside spans
from 2006 and five-year totals), of the Xiamen district 翔安 of early 2017 from its site (no date line; 财政总收入 and 区级财政收入),
of the Foshan district 高明 of 1 March 2019 from a forum's repost (外贸进出口总值 in 亿元, 分别达到3.54万元和2.41万元), and two of the
county-level city 南安 of 27 December 2022 and 26 December 2023 (下降2.2; growths only in the second); fifty searches, most of them
for work and plan reports of counties, county-level cities and districts of Guangdong, Guangxi, Hainan and Fujian delivered
2005–2026, reached mostly reports the corpus holds (临高 2023, 港北区 2023, 万秀区 2023, 横州 2026, 大埔 2020, 松溪 2019, 闽清 2019,
上杭 2020, 屯昌 2022, 崖州区 2021, 陆丰 2022, 汕尾市城区 2020, 湛江 2018 and 2022, 潮州 2021, 汕头 2015 and 2016), copies in
traditional characters (惠东 2013, 遂溪 2016, 英德 2022, 诏安 2026, 白沙 2025, 贵港 2018), news items and readings without the
report's text (仙游 2025, 梧州 2012, 三水 2016, 同安 2024) and stored copies that stop before their figures (鼎湖区 2021 plan,
三亚 2021 and 2023 plans, 梅州 2023, 玉林 2025, 高明 2023, 儋州 2022 with the five years' averages alone), no report of Guangxi or
Hainan the corpus lacks with figures in its stored opening) were found and labelled by hand before extraction ran on them, and
scored once on main as it stood (5147a9e): recall 100% (50/50), precision 100% (50/50), untouched.
One more (`blind203`, reviewing 2021 in Sichuan: a 看度新闻 (Chengdu TV) item of 23 January 2022 on the work report of the
city 成都 delivered that morning, its two catalogue figures the year's GDP, 地区生产总值达1.99万亿元、增长8.6% (expected); fifty
searches for work and plan reports of provinces, cities, counties and districts of Sichuan, Chongqing, Guizhou, Yunnan and
Tibet reviewing 2005–2025 reached mostly reports the corpus holds (双柏 2019, 三穗 2010, 牟定 2021 and 2023, 理县 2017, 石棉
2021, 景东 2022, 遵义 2019, 黎平 2021, 玉屏 2022, 六盘水 2018, 黔西南 2020, 永川区 2021, 迪庆 2011, 成都 2015, 2016, 2019 and
2023, 四川 2007, 自贡 2018, and the plan reports of 昆明 2021, 重庆 2019, 2021 and 2022 and 西藏 2023), copies in traditional
characters (麻江 2019, 涪城区 2018, 宜宾 2016, 昭通 2011, 奉节 2009, 余庆 2007, 雷山 2011, 西藏 2024), stored copies that stop
before their figures (西藏's plan report on 2019, 江津区 2019, 玉溪 2023, 马关 2009, 铜梁区 2015 and 2017), five years' reviews
whose only figures are averages or totals (德阳 2020, 广元 2015, 安岳 2021), mid-year accounts (四川 2007, 梁平区 2022),
translations (德阳's plan report on 2021 in English, a machine-translated item on 西藏 2020) and statistical bulletins, and no
plan report the corpus lacks, so that the set is one report where its brief asked four to six, two of them plan reports) was
found and labelled by hand before extraction ran on it, and scored once on main as it stood (5147a9e), untouched:
recall 100% (2/2), precision 100% (2/2).
Five more (`blind204`, reviewing 2009, 2013, 2021 and 2023 in Liaoning, all of them work reports of a county and districts
delivered 2010 to December 2023: the Shenyang districts 大东区's and 东陵区's of 2010 on 2009 as two model-texts sites give
them (no date line, the sites' blurbs left out; 一般预算收入13.6亿元，按可比口径增长15.7%, 实际利用外资4.2亿美元，下降21.1%;
地方财政收入…其中，一般预算收入… labelled as total and local revenue, both comparable), the county 大洼's of 24 December 2013
from its government's site (三次产业增加值分别…分别增长 over three sectors, 分别增长14.3% 和15.2% with a space) and two of the
盘锦 district 双台子区 from its site: of 28 December 2023 (levels and growths joined by 、 after 预计全年) and of 8 December
2021, a four years' review whose levels of 2021 alone are labelled, its totals and averages not, and whose investment's
增速首次超过两位数 is labelled as a worded growth; forty-eight searches, most of them for work and plan reports of cities,
counties, districts and banners of Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin, Heilongjiang, Beijing and Tianjin
delivered 2005–2026, reached mostly reports the corpus holds (吉林市 2010, 四平 2011, 山西 2008, 内蒙古 2006, 张家口 2018,
阿拉善右旗 2014, 北镇 2014, 和林格尔 2010, 兴隆台区 2008, 乐亭 2006, 浮山 2018, 大厂 2013, 西城区 2010, 东城区 2024,
滨海新区 2011 and 2013, 盘山 2022, 伊春 2022, 正蓝旗 2018, 巴林右旗 2019, 通辽 2024, 延边 2020, 霸州 2021, 饶阳 2021),
copies in traditional characters (通化 2015, 辽中 2010, 朝阳区 2012, 沙河 2016, 宁河区 2024), a copy whose figures are
lost (昔阳 2008), five years' reviews (蠡县 2016, 双台子区 2017), a model-texts copy with its years rewritten (天津 2014
given as 2023) and stored copies that stop before any figure of the year (天津 2008, 齐齐哈尔 2021, 太原 2020, 道里区 2025,
虎林 2024), so that the set holds Liaoning alone) were found and labelled by hand before extraction ran on them, and
scored once on the branch as it stood (5147a9e), untouched.
Four more (`blind205`, reviewing 2018, 2019 and 2022 in Hubei and Henan, all of them work reports, delivered December 2019
to January 2023: two of the county 来凤 (恩施州), that of 24 December 2019 as an investment-promotion site's listing reposts it
(its date line, speaker and greeting run together; 城镇化率提高1.2个百分点, a change, not labelled) and that of 18 December 2022
from a reports mirror (GDP 预计（下同）突破百亿元大关, a milestone, its growth labelled; 城镇化率达47.3%), the county-level city
恩施市's of 5 January 2019 with its table of contents (服务业增加值增长11.2 % as the tertiary sector; the revenue's parts in
brackets not labelled), and the province 河南's of 14 January 2023, whose stored opening reviews five years in thresholds passed,
averages and totals, one label (常住人口城镇化率57.1%); fifty searches, most of them for plan-execution and work reports of
counties, cities and provinces of Henan, Hubei, Hunan, Jiangxi, Shandong, Shaanxi, Gansu, Qinghai, Ningxia and Xinjiang
delivered 2006–2023, reached mostly reports the corpus holds (商水 2018, 宜丰 2009, 进贤 2019, 中卫 2023, 镇安 2016, 金乡 2021,
孟州 2013, 威海 2017, 商丘 2018, 湖北 2011 and 陕西 2019 plans), copies in traditional characters (和硕 2018, 张家川 2013,
西宁 2017 and 2020, 克拉玛依 2020, 果洛 2023, 江西 2013), five years' reviews with no year's figure (西宁 2016, 临夏县 2021),
stored copies that stop before their figures (the plan report of the 焦作 district 中站区 of 2022, 滨州's plan of 2006),
a mid-year account (博乐 2022), a plan report whose county is masked and news items on congresses; no plan-execution report
the corpus lacks reached its figures in a stored copy, so that the set holds no plan report and is smaller than its brief
asked) were found and labelled by hand before extraction ran on them, and scored once on main as it stood (5147a9e):
recall 100% (32/32), precision 91.4% (32/35), the three wrong proposals all 河南's (城镇新增就业640万人, the five years'
total; 高新技术企业突破1万家, a milestone; 连续6年粮食总产稳定在1300亿斤以上, a floor over six years in 斤), no label changed.
Four more (`blind206`, reviewing 2016, 2018, 2019 and 2024 in Shandong, Fujian, Anhui and Jiangsu, all of them provinces',
three work reports and a plan report, delivered February 2017 to January 2025: 江苏's plan report on 2024 in its summary of
19 January 2025 (地区生产总值同比增长5.8%、达13.7万亿元 in 亿元 as written; 一般公共预算收入再次达到万亿级规模, a milestone,
not labelled), 安徽's work report of 12 January 2020 from a local news portal (growths with 以上 kept; 粮食总产达810.8亿斤 in
万吨 as written; 财政收入增长6.5% as the total budget revenue) and two news items, 人民网's of 14 January 2019 on 福建's report
(外贸出口超过7600亿元, a milestone, not labelled, its growth 7%以上 labelled; the target 増长8-8.5% with its variant character
kept) and one on 山东's of 6 February 2017 (农民居民人均增长7.9% as the rural disposable income; 研发经费占生产总值的比重达到
2.33% as the R&D intensity); three of the four come from stored pages with no address, and their url column says so in
words; forty-six searches, most of them for work and plan reports of counties, districts and county-level cities of Jiangsu, Zhejiang, Anhui, Shandong and Fujian delivered 2007–2026, reached mostly reports the corpus holds
(安庆 2024, 嘉兴 2024, 金华 2024, 淳安 2008, 2015 and 2017, 平阳 2020, 徐州 2005 and 2019, 庐江 2021, 全椒 2021, 霍邱 2023,
宿松 2018, 霍山 2022, 泗阳 2018, 泾县 2006, 盐都区 2006, 福安 2021, 松溪 2018, 闽清 2018, 上杭 2019, 龙游 2024, 浦江 2022,
武义 2009, 长丰 2017, 苍山 2011, 五莲 2012, 镇江 2018, 平邑 2024, 巨野 2024, 武进区 2025, 宜兴 2025, 福州 2019, 山东 2009,
2010 and 2018, 安徽 2008 and 2018, 福建 2012, 2021 and 2022, 江苏 2023), copies in traditional characters (和县 2017 and
2024, 黟县 2016, 福鼎 2024, 诏安 2025, 泰兴 2009, 合肥 2014, 济南市中区 2015, 永嘉 2025, 宣城's and 安徽's plan reports on
2018 and 2019, 山东 2017 and 2020, 江苏 2008), stored openings that stop before the year's figures (宿迁 2019, 南京 2025),
a doc-sharing copy of 济南's report on 2011 whose GDP is cut by the site's chunk numbers (4406. / 2、3亿元), resolutions and
news items on congresses without figures (临平区, 宁海, 山东 2015) and statistical bulletins, and no report of a county or
district the corpus lacks with figures in its stored opening, so that the set holds provinces alone) were found and labelled
by hand before extraction ran on them, and scored once on the branch as it stood (6b9f46c): recall 96% (48/50), precision
100% (48/48), the two figures missed both 山东's (农民居民人均增长7.9%, so written, the rural disposable income's growth; 研发经费占生产总值的比重达到2.33%, the R&D
intensity), no label changed. The cites test failed on that run, not on a label but on the three urls first left empty
beside fushan-2019-gwr's, one url given four times; they were then written in words ((no address in the store: …)), the
texts and labels untouched.
Three more (`blind207`, reviewing 2025 in Hunan and Hubei, all of them work reports delivered December 2025 to February
2026: the county 辰溪's (怀化) of 18 December 2025 from its government's site, a five years' review whose one year's figure is
the level of 2025 (增长至2025年的163亿元; the level of 2020 it rose from and the averages not labelled), the 娄底 district
娄星区's of 28 February 2026 as its media centre's digest gives it, one point a line with no full stops (the mobile copy,
which runs further than the desktop one; 819.37亿元 given twice, labelled once; 规模工业增加值（区属） and 固定资产投资（区属）
targets labelled; 居民收入增速高于经济增速 as the income's worded target; 节能减排和碳排放强度下降完成省市下达任务 for energy
use and carbon intensity both; 居民消费价格涨幅与市保持一致 not labelled, as hunan-2025-plan leaves its own), and the city
随州's of 18 January 2026 as 随州日报 prints it, a five years' review with one label (常住人口城镇化率达到61%; 地区生产总值
突破1500亿元 a milestone); forty-nine searches, most of them for work and plan reports of counties, districts, county-level
cities, cities and provinces of Henan, Hubei, Hunan, Jiangxi and Guangdong delivered 2006–2026, reached mostly reports the
corpus holds (封丘 2025, 叶县 2024 and 2025, 延津 2025, 嵩县 2023, 西峡 2023, 兰考 2023, 息县 2022, 商水 2018, 管城回族区 2023,
新郑 2024, 长沙县 2023 and 2026, 沅陵 2018, 桂阳 2016, 株洲县 2011, 靖安 2025, 进贤 2019, 宜丰 2009, 萍乡 2021, 梅县区 2016,
蕉岭 2020, 紫金 2020, 雷州 2016, 霞山区 2025, 潮州 2021, 湖北 2007, 2008, 2011 and 2013, 湖南 2010 and 2011, 江西 2008, 广东
2024, and 白云区's work report of July 2025, whose year its plan report holds), copies in traditional characters (竹溪 2024,
宜都 2025, 平顶山 2025, 新乡 2025, 焦作 2023, 范县 2023, 周口 2014, 九江 2014, 上饶 2024, 章贡区 2019, 吉安县 2026, 麻阳 2026),
stored copies that stop before their figures (宜黄 2023, 五华 2020, 南康区 2023, 上高 2024, 孟州 2023, 息县 2024, 株洲县 2006
with the five years' averages alone), statistical bulletins, news items and profiles without the report's figures, a model
text with its years rewritten (浔阳区), a plan report whose county is masked, a page of an unnamed 赣州 district, and two
copies with figures but no address in the store (雷州 2008, 石城 2024's targets), left out because the corpus's one row with
no address (fushan-2019-gwr) leaves no room for a second empty one, so that the set is smaller than its brief asked and holds
no plan report) were found and labelled by hand before extraction ran on them, and scored once on the branch as it stood
(a78dc71), untouched: recall 94.1% (16/17), precision 100% (16/16), its one miss 娄星区's energy target worded after
节能减排和碳排放强度下降 (完成省市下达任务, which the carbon label of the same words is found for), no label changed.
Six more (`blind209`, reviewing 2013, 2022, 2023 and 2024 in Shanxi, Hebei and Inner Mongolia, all of them work reports
of counties, delivered January 2014 to early 2025: the 大同 counties 灵丘's of 27 April 2023 (its results final, given from
April on; 固定资产投资 and 社会消费品零售总额 levels whose growths are only rankings) and 天镇's of 30 March 2023 (一般公共预算收入
完成19996万元, kept in 万元; 同比下降0.8%), the 忻州 county 代县's of 22 February 2023 from its government's site (falls written
as negative growths, 同比增长-1.3%, -39.4%), the 临汾 county 大宁's of 11 March 2024 (growths only; the retail sales above the
quota not labelled), the 沧州 county 沧县's of January 2014 as a copy of its government's site on another host gives it (date
line 2014114日, its 年 and 月 lost; 全部财政收入 as total revenue; 分别增长10%12.2% with its 、 lost) and the 乌兰察布 county
化德's on 2024 from a reports mirror whose copy opens at the greeting, labelled expected as delivered early in 2025, the one
doubtful choice; twenty-eight searches, most of them for work and plan reports of counties, banners, districts and
county-level cities of Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin, Heilongjiang, Beijing, Tianjin and Shanghai delivered
2008–2026, reached mostly reports the corpus holds (上海 2024 and 2026, 夏县 2024, 浮山 2019, 北林区 2025, 东城区 2025, 沧州
2022 and 2025, 河西区 2024, 陵川 2026, 辽阳县 2020, 建平 2019, 梨树 2019, 和林格尔 2011, 准格尔旗 2016, 闻喜 2021, 长春 2025,
蠡县 2017, and the plan reports of 通化县 2026, 通榆 2026, 东丽区 2024, 魏县 2023 and 沈河区 2022), copies in traditional
characters (克什克腾旗 2025, 内蒙古 2025, 浑源 2024), news items on congresses (友谊 2024, 龙井 2026), a copy whose figures are
lost (昔阳 2009), reviews of five years or of half a year (围场 2021), stored copies that stop before any figure of the year
(正蓝旗's plan report on 2024, 虎林 2025), a county's report with no address (大兴安岭, 2024) and statistical bulletins, and no
plan report the corpus lacks with figures in its stored opening, so that the set holds work reports alone) were found and
labelled by hand before extraction ran on them, and scored once on the branch as it stood (9e1715f):
recall 100% (68/68), precision 100% (68/68), no label changed.
Four more (`blind210`, reviewing 2020 and 2022 in Shaanxi, all of them work reports of counties, delivered April 2021
to February 2023: 宁陕 (安康)'s of 15 April 2021 from the 安康 city government's site (its results of 2020 labelled final,
given in April; 地方一般预算收入5516万元 labelled with its written unit), and three from reports mirrors: 略阳 (汉中)'s of
9 February 2023 (no title naming the county; 地方财政收入 as the local revenue), 定边 (榆林)'s of 13 February 2023, whose
stored copy breaks off inside the incomes and is kept to its last whole figure (县本级固定资产投资 as the fixed-asset
investment, 财政总收入 and 其中地方财政收入 as total and local revenue), and 清涧 (榆林)'s of 15 February 2023 (growths
written 增速 with the city's ranks in brackets, 增速-23.5% labelled -23.5, the key projects' investment not labelled);
forty-nine searches for work and plan reports of counties, districts and cities of Shaanxi, Gansu, Qinghai, Ningxia,
Xinjiang and Tibet delivered 2008–2026 reached mostly reports the corpus holds (凤县 2023, 陇县 2020, 西乡 2021, 镇安 2016,
玉门 2023, 尉犁 2025, 塔城 2025, 吐鲁番 2025, 湟源 2025, 中宁 2026, 中卫 2023, 汉滨区 2025, 汉中 2017, 渭南 2022, 果洛 2018,
青海 2023, 静宁 2011, 临夏县 2021, 商州区 2024), copies in traditional characters (平利 2016, 延长 2017, 府谷 2013 and 2023,
张家川 2013, 清水 2008, 西藏 2025), openings with no catalogue figure of the year (大荔 2023, 澄城 2018, 商洛 2024, 府谷 2022's
second page of five years' totals), news items without the report's text (和硕 2025, 伊吾 2024, 独山子区 2023),
a machine-generated summary (镇原 2024) and statistical bulletins, and no plan-execution report the corpus lacks with figures
in its stored opening, nor any report of Gansu, Qinghai, Ningxia, Xinjiang or Tibet it lacks, so that the set holds Shaanxi
alone and no plan report) were found and labelled by hand before extraction ran on them, and scored once on the branch as
it stood (edca132): recall 94.4% (34/36), precision 100% (34/34), the two misses 清涧's income growths
(增速分别为5.6%（全市第四）、6.6%（全市第十）, the ranks in brackets between them), no label changed.
Four more (`blind211`, reviewing 2006, 2018, 2021 and 2025 in Hainan, Yunnan and Guizhou, none of them a report's own
text: each stands in for a review, as zunyi-2019-review and chuxiong-2019-review do): the abstract of a journal article on
the county 白沙 (Hainan) with its 2006 results after 预计 (地方财政收入完成3556万元 labelled with its written unit, its
comparable growth 同口径增长15.2% labelled 15.2), a feature of September 2022 on ten years of the county 澜沧 (普洱) with
its 2021 levels (the 2012 levels the spans start from and the average growths not labelled), a 贵州日报 feature of
23 January 2026 on the congress of the prefecture 黔东南 with one figure of 2025 (预计全年地区生产总值增长5.5%左右; 总量突破
1500亿元 a milestone), and a news report of the 2019 press conference of four 昆明 districts with 五华区's 2018 levels
(final); fifty searches for work and plan reports of provinces, cities, counties and districts of Guangxi, Hainan,
Guizhou and Yunnan delivered 2006–2026 reached mostly reports the corpus holds (黎平 2023, 玉屏 2023, 德宏 2025, 牟定 2024,
双柏 2020, 六盘水 2019, 黔西南 2021, 播州区 2025, 遵义 2020, 横州 2026, 万秀区 2023, 五华区 2023, 临高 2023, 龙华区 2023
and 2025, 吉阳区 2025, 屯昌 2022, 文昌 2020, 景谷 2026, 官渡区 2021, 昆明 2025, 海南 2010 and 2024, 广西 2026, 大理市 2012),
copies in traditional characters (贵州 2024, 六盘水 2024, 贵港 2018, 融安 2024, 金秀 2023, 白沙 2025, 文昌 2023, 都匀 2022,
昭通 2012), stored openings with no catalogue figure of the year (海南's plan report on 2024, 玉林 2025, 遵义 2022, 东川区 2026
and 弥勒 2026, whose openings hold five years' averages and milestones alone, 水城区 2023), news items without the report's
figures (昭平 2025, 海南 2026, 三亚 2026), machine-written pieces (沧源 2024) and statistical bulletins, and no plan report the
corpus lacks with figures in its stored opening, so that the set holds no work or plan report of its own) were found and
labelled by hand before extraction ran on them, and scored once on the branch as it stood (df13038): recall 58.3% (7/12),
precision 63.6% (7/11), the misses 澜沧's and 五华's levels, given after the year's April and labelled final (proposed as
expected, and 13098 as 2012's, the span's start year read for it) and 五华's 国内生产总值 1115.4 (not proposed), no label changed.
Three more (`blind212`, reviewing 2021–2023 in Henan and Hubei, all of them work reports of counties, delivered November
2021 to April 2024: 竹山 (十堰)'s of 8 November 2021, a term's review, from a mirror of the county's site (its levels of 2021
labelled expected, the five-year averages not; 城乡居民人均可支配收入分别达3.2万元、1.3万元 labelled with their written unit),
and two from a reports mirror: 浚县 (鹤壁)'s of 8 April 2023 (its results of 2022 labelled final; 地区生产总值突破300亿元 a
milestone, its growth labelled; 规模以上工业企业增加值 as the above-scale industry's) and 临颍 (漯河)'s of 27 February 2024
(一般公共预算收入 as the local revenue); thirty-six searches for work and plan reports of counties, districts and cities of
Jiangxi, Hunan, Hubei and Henan delivered 2010–2026 reached mostly reports the corpus holds (靖安 2025, 封丘 2025, 进贤 2019,
长沙县 2023, 湘潭县 2023, 吉安 2016, 桂阳 2016, 宜都 2018, 谷城 2020, 叶县 2024, 延津 2025, 息县 2022, 南城 2021, 新晃 2020,
卢氏 2019, and 房县 2024, whose plan report on 2023 it holds), copies in traditional characters (信阳 2020, 万载 2016, 章贡区
2019), openings that stop before any figure of the year (内乡 2021, 宜黄 2023, 鲁山 2020, 上高 2024), a news item on a congress
(隆回 2025), five years' reviews whose figures are multiples or a milestone (黄梅 2017, 通城 2026), a copy with the county's
name blanked (a county of 吉安, 2015), a machine-generated summary (镇原 2024) and statistical bulletins, and no plan-execution
report of the four provinces the corpus lacks with figures in its stored opening, nor any report of Jiangxi or Hunan it
lacks, so that the set holds Henan and Hubei alone and no plan report) were found and labelled by hand before extraction ran
on them, and scored once on the branch as it stood (2abc1cd): recall 100% (19/19), precision 100% (19/19), no label changed.
Two more (`blind213`, reviewing 2022 in Sichuan, both of them work reports of counties, delivered January 2023:
威远 (内江)'s of 11 January 2023 from a writing-materials site (its paragraph indents and two name gaps, 以A新时代…, kept;
the industrial investment, 工业投资93.55亿元, not labelled as the fixed-asset investment) and 盐亭 (绵阳)'s of 8 January 2023 as
a document site's preview gives its file, run together with a space wherever a line ended (地方一般公共预算 收入5.02亿元; its
地区生产总值突破200亿元大关 a milestone, not labelled); thirty-seven searches for work and plan reports of counties, districts and
cities of Sichuan, Chongqing, Gansu, Qinghai, Ningxia and Xinjiang delivered 2010–2026 reached mostly reports the corpus
holds (通江 2023, 尉犁 2025, 定西 2026, 中宁 2026, 兴文 2021, 永川 2022, 潼南 2019, 海东 2020, 塔城 2025, 吐鲁番 2025,
静宁 2011, 平凉 2021, 甘肃's plan report on 2022), copies in traditional characters or news items on congresses (自流井 2023,
涪城 2019, 理县 2018), openings with no catalogue figure of the year (长宁县 2023, 小金 2023's later page, 城口's plan report on
2024, 渝中 2026's five years' totals, 安岳's review of five years), machine-generated summaries (镇原 2024) and statistical
bulletins, so that the set holds Sichuan alone and no plan report) were found and labelled by hand before extraction ran on
them, and scored once on the branch as it stood (9179b88): recall 40% (8/20), precision 40% (8/20): 威远's eight figures
all found, and 盐亭's twelve all missed, each proposed instead as a target of 2023 (全年实 现地区生产总值203.65亿元、增长5.1%
and the rest, in a copy that runs the title, the heading 2022年工作回顾 and the review together in one paragraph), twelve wrong;
no label changed.
Four more (`blind214`, reviewing 2019, 2022, 2023 and 2024 in Jiangsu, Zhejiang and Guangdong, three work reports of
counties and one of a city, delivered June 2020 to early 2025) were found in the stored pages: 盱眙 (淮安)'s of 10 January
2024 from a reports mirror, whose copy opens at its date line (一般公共预算收入 as the local revenue, 全体居民人均可支配收入 as
the residents' income, 粮食产量105.58万吨 labelled as written), 缙云 (丽水)'s of March 2023 from the county's own site, whose
copy has lost characters here and there (date line 202338日…第次会议上, 城乡 written 城居民, 分别增长4.1%8.7% labelled urban and
rural; 突破300亿元达到301.5亿元 labelled 301.5 alone), 丽水's of early 2025 as the 丽水日报 of 3 March 2025 printed it (no title
or date line; the ranks after the growths carry no values), and 德庆 (肇庆)'s of 15 June 2020 from the documents site 公文搜,
a PDF's text with a stray 9ti after each paragraph as dabu-2020-gwr's (its results of 2019 final, given in June; 实际利用外资
6010万元 labelled with its written unit); twenty-nine searches for work and plan reports of counties, districts and cities of
Guangdong, Zhejiang, Jiangsu and Shandong delivered 2004–2026 reached mostly reports the corpus holds (磐安 2024, 云和 2024,
泗阳 2019, 沂南 2021, 佛冈 2025, 龙游 2025, 嘉兴 2025, 金华 2025, 浦江 2023, 大埔 2020, 开化 2012, 菏泽 2025, 微山 2023, 新兴 2023,
阳西 2023, 苍山 2012, 沂源 2013, 平邑 2025, 姜堰 2026, 龙岗 2025, 霞山 2025, 紫金 2020, 聊城 2011), copies in traditional
characters (兰陵 2024, 郯城 2023, 泗洪 2021, 金坛 2024, 遂溪 2016, 嘉兴 2025's other copy), news items without the report's text
(泗洪 2025, 历城 2025, 云龙 2026, 佛冈 2025), a second page with no figure in its stored opening (宿豫 2025), a machine-generated
summary (镇原 2024), a copy without its source's address (东平 2004) and no plan-execution report of the four provinces the
corpus lacks, so that the set holds no plan report and none of Shandong) were found and labelled by hand before extraction ran
on them, and scored once on the branch as it stood (f585327): recall 87.1% (27/31), precision 100% (27/27), the four misses all 缙云's, whose copy has lost
characters (地区生产总值突破300亿元达到301.5亿元迈进山区26县十强，增长5.2%, its amount and growth, and 城居民收入分别增长4.1%8.7%,
the two growths run together), no label changed.
Three more (`blind215`, reviewing 2021, 2023 and 2024 in Liaoning and Jilin, three work reports of two districts and a
city, delivered December 2021 to early 2025) were found in the stored pages: 顺城 (抚顺)'s of 13 December 2023 from a
reports mirror, whose copy opens at its spaced heading (政 府 工 作 报 告) and gives the year's expected results in one
sentence (一般公共预算收入 as the local revenue, 规模以上工业增加值增速6%, 域外引资到位额 no catalogue series), 通化 (the city)'s
of early 2025 from the reports site of handan-2025-gwr, with no title or date line (the place from 通化要为全省人参产业…; its
GDP growth 4%左右 and 固定资产投资增速从下降两位数拼出扭负转正 labelled as a worded result, as 实现正增长 is; the ranks carry no
values), and 兴隆台 (盘锦)'s of 8 December 2021 from the reports mirror of beilin-2025-gwr, a review of four years whose
totals (累计) and averages (年均增长) are no annual figures, only 城市居民人均可支配收入达到55825元 labelled (expected, 2021);
forty-seven searches for work and plan reports of provinces, cities, counties and districts of Liaoning, Jilin and
Heilongjiang delivered 2005–2026 reached mostly reports the corpus holds (北林 2025, 友谊 2024, 桦川 2023, 东洲 2025, 辽阳 2024,
大连 2023 and 2024, 沈阳 2023, 旅顺口 2023, 北镇 2015, 营口 2013 and 2017, 盘锦 2018, 梨树 2020, 龙井 2026, 通化县's and 通榆's
plan reports on 2025, 长春 2019 and 2025, 白城 2024, 平房 2020, 盘山 2023, 建平 2019, 鞍山 2023, 辽宁 2011, 吉林 2026), copies
in traditional characters (鞍山 2024, 望花 2025), openings with no catalogue figure of the year (虎林 2025, 辽源 2022, 白城 2022,
新民 2021 and 抚顺 2022 with four years' totals and averages, 肇源 2021 and 海城 2026 with five years', 道里 2026 with the
milestones of five years), a county of 大兴安岭's 2024 report given without its address, news items on congresses (哈尔滨
2021, 本溪 2026, 敦化 2015), a machine-generated summary (吉林市 2024) and statistical bulletins (松原 2024, 海城 2020, 建昌
2022), so that the set holds no plan report and none of Heilongjiang) were found and labelled by hand before extraction ran on
them, and scored once on the branch as it stood (441dd6b): recall 90% (9/10), precision 100% (9/9), the one miss
通化's worded 固定资产投资增速…扭负转正; no label changed.
Three more (`blind216`, reviewing 2019 and 2024 in Anhui and Fujian, two work reports of counties and one plan report of a
county, delivered December 2019 to January 2025) were found in the stored pages: 金寨 (六安)'s plan report of 3 January 2025
from the county's site, whose copy opens at the document's number line (全社会固定资产投资 as 固定资产投资, 城镇、农村常住居民
人均可支配收入分别增长3.8%、8.9% as the urban and rural incomes, the grain's 产量14.31万吨 after its area labelled as 粮食产量;
农业总产值, 农产品加工业产值 and 其他营利性服务业 no catalogue figures), 凤台 (淮南)'s work report of 25 December 2024 from a
report-collection site, with two labels (地区生产总值365亿元，同比增长5.2%; 规上制造业增加值 manufacturing's alone, and the
first three quarters' 社会消费品零售总额 and 服务业增加值 growths not the year's, not labelled), and 霞浦 (宁德)'s work report of
29 December 2019 from the documents site 公文搜, a PDF's text with a stray 7rw after each paragraph as songxi-2019-gwr's (公共财政
总收入 as the total budget revenue and 地方公共财政收入 as the local one, both falling: 下降2.4, 下降4.3; 农村居民人均可支配收入17⏎772元
labelled with its break); thirty-three searches for work and plan reports of counties, districts and cities of Fujian, Jiangxi
and Anhui delivered 2009–2026 reached mostly reports the corpus holds (安庆 2025, 霍邱 2024, 寿县's plan report on 2024, 靖安 2025,
宜丰 2009, 南城 2021, 进贤 2019, 丰城 2020, 松溪 2019, 闽清 2019, 赣州 2024, 福建's plan report on 2023), copies in traditional
characters (漳平 2025, 和县 2025, 崇义 2023, 临川区 2025, 东乡区's plan report on 2024, 长丰 2025), copies with the year masked
(上杭's 20XX) or without an address in the store (石城 2024), stored copies that stop before their figures (宜黄 2023, 泰和 2020,
上高 2024, 利辛's plan report on 2023), a page with gambling spam written into it (大余 2018), machine-generated summaries (镇原 2024)
and statistical bulletins, and no report of Jiangxi the corpus lacks, so that the set is smaller than its brief asked and holds
none of Jiangxi) were found and labelled by hand before extraction ran on them, and scored once on the branch as it stood
(731d45e): recall 95.2% (20/21), precision 100% (20/20), two new-indicator proposals left out;
its one miss 霞浦's 固定资产投资（⏎不含农户）增长20%, the parenthesis broken across the copy's lines, no label changed.
Four more (`blind217`, reviewing 2021 and 2025 in Tianjin, Shandong and Hebei, two reports of the municipality of 天津 and
two work reports of counties, delivered January 2022 to January 2026) were found in the stored pages: 天津's plan report on
2025 of 26 January 2026 as the news site 北方网 posted it, whose copy opens at its date line (the three sectors' growths
分别增长3.0%、3.5%、5.4% labelled in order, 3.0 as written), 天津's government work report of the same day from a NetEase
account's post (its photograph and caption left out; 一般公共预算收入增长4.1% as the local revenue), 肥城 (泰安)'s of 23 January
2022 as a reading in bullets the city's WeChat account 掌上肥城 posted (results of 2021 labelled, the five years' average
growths after them not; 服务业增加值321.5亿元 as 第三产业增加值), and 青龙 (秦皇岛)'s of 27 January 2026 from the county's own site,
whose copy has lost marks here and there (突破150亿元规模以上工业企业…, a milestone not labelled; 一般公共预算收入达到7亿元, the
level the five years reached, labelled for 2025); forty-six searches for work and plan reports of counties, districts and
cities of Shandong, Hebei and Tianjin delivered 2008–2026 reached mostly reports the corpus holds (正定 2025, 饶阳 2022, 蠡县
2017, 东昌府 2019, 河东 2020 and 2025, 东丽 2024, 邯郸 2025, 邢台 2024, 张家口 2019, 廊坊's plan report on 2022, 滨海新区 2012
and 2023, 苍山 2012, 菏泽 2025, 河北 2019, 天津 2013, 2021, 2022 and 2024), copies in traditional characters (宁河 2025, 静海
2016, 广阳 2016, 天津 2026's other copy), news items on congresses (河西 2025, 南开 2026, 红桥 2025, 曲周 2024), openings with
no catalogue figure of the year (河西 2022's and 和平 2021's five years, 黄岛 2026's milestone and averages, 围场 2021, 天津's
plan report on 2022), a reading with no title (平山 2026), a half-year report (东丽 2025), a machine-generated summary (威海
2025), statistical bulletins and reports of other provinces (封丘, 陵川, 黄龙, 平顶山), so that the set holds no report of a
district and one plan report) were found and labelled by hand before extraction ran on them, and scored once on the branch
as it stood (de78ed7): recall 100% (12/12), precision 100% (12/12), every figure of the four found and none wrong (the test
reporting 11 new-indicator proposals left out), no label changed.
One more (`blind218`, reviewing 2017 in Guangxi, a region's work report delivered 25 January 2018) was found in the stored
pages: Guangxi's of 2018 as the 右江日报 reported it on the site of 百色's congress (gxbsrd.gov.cn), a news item whose stored copy
gives the five years' review as far as 跨境人民币结算量…保持第一。 (财政收入达2604亿元 labelled as 一般公共预算总收入 of 2017, the level the
five years end at; 年均8.3% and 年均增长7.5% averages and 突破2万亿元 a milestone, none labelled), one label in all; fifty searches
for work and plan reports of counties, districts, cities and the three provinces of Yunnan, Guizhou and Guangxi delivered 2005–2026
reached mostly reports the corpus holds (横州 2026, 景谷 2026, 双柏 2020, 牟定 2024, 德宏 2025, 黔西南 2021, 六盘水 2019, 开阳 2023,
景东 2023, 三穗 2011, 苍梧 2024, 来宾 2024, 昆明 2017 and 2025, 大理州 2017, 大理市 2012's plenum, 贵州 2015 and 2018, 云南 2019 and
2021, 广西 2021 and 2026), copies in traditional characters (贵港 2018, 六盘水 2024, 梧州 2024, 昭通 2012, 鹤庆 2018, 大理州 2025,
雷山 2012, 兴义 2011, 贵州 2024, 云南 2012), stored openings with no catalogue figure of the year (玉林 2025, 水城 2023, 昭平 2025's
news item, 大理州 2023's, 云南 2026's summaries of five years), a page of 崇左's site reviewing 2024 that does not say what document
it is (left out), a copy without its source's address (贵州 2025 in the 贵州日报) and statistical bulletins, so that the set holds one
report and no plan report) was found and labelled by hand before extraction ran on it, and scored once on the branch as it stood
(b505cf3): recall 100% (1/1), precision 100% (1/1), nothing missed and nothing wrong, three new-indicator proposals
left out; no label changed.
Two more (`blind219`, reviewing 2018 and 2019 in Gansu and Qinghai, both of them work reports: of the province of Gansu
of 26 January 2019 as a news site's AMP page reposts it from the 兰州晨报's account (一般公共预算收入同口径增长8.3% labelled as the
local revenue on its comparable basis; 城乡居民人均可支配收入分别达到29957元和8804元，增长7.9%和9% urban and rural in that
order), and of the county-level city 德令哈 (海西) of 31 March 2020 from the reposts site that gave haixi-2020-gwr (its results
of 2019 expected, given before April; 地方一般公共预算收入同口径增长7.1%); forty-two searches for work and plan reports of
counties, districts, cities and prefectures of Xinjiang, Ningxia, Qinghai and Gansu delivered 2005–2026 reached mostly
reports the corpus holds (尉犁 2025, 中宁 2026, 吐鲁番 2025, 湟源 2025, 中卫 2023, 银川 2025, 塔城 2025, 甘州 2026, 平凉 2021,
麦盖提 2021, 海东 2020, 海西 2020, 石嘴山 2022, 果洛 2018, 新疆 2022, 甘肃 2023's plan, 青海 2023's plan and, on the same
year, 青海 2023's work report), copies in traditional characters (和硕 2018, 张家川 2013, 天水 2020, 天水 2016's digest,
西宁 2017's news), news items without the report's text (和硕 2025, 伊吾 2024, 湟中 2024, 石嘴山 2022, 兰州 2019, 金昌 and 酒泉 of December
2021, 玉门 2023, whose quoted figures break off), copies whose stored opening stops before a whole sentence with a figure (嘉峪关
of December 2021, breaking off inside 地区生产总值…预计达到306亿元，年均增, and 乌鲁木齐 2021), a five years' review with only
average growths (西宁 2016), a machine-generated summary (镇原 2024), mid-year plan reports of Gansu (2018, 2024) and
statistical bulletins, so that the set holds no plan report and none of Xinjiang or Ningxia) were found and labelled by hand
before extraction ran on them, and scored once on the branch as it stood (c91299e): recall 61.5% (8/13), precision 100% (8/8),
德令哈's five growths and 甘肃's GDP, its growth and the new jobs found, and five of 甘肃's missed: the incomes' levels and
growths shared by 分别达到29957元和8804元，增长7.9%和9% and the revenue's growth on its comparable basis (一般公共预算收入同口径增长
8.3%), none wrong; no label changed.
Five more (`blind220`, reviewing 2020, 2022 and 2023 in Shaanxi, Shanxi and Henan, four work reports of districts and
one plan report of a county-level city, delivered April 2021 to February 2024) were found in the stored pages: 金台 (宝鸡)'s
of 16 January 2024 from a reports mirror, whose copy opens at the congress's document line (城乡居民人均可支配收入分别增长
5.5%和8% labelled urban and rural; no GDP figure in the copy), 永济 (运城)'s plan report of 8 April 2021 from the city's
own site, kept as far as its last whole clause (its results of 2020 final, given in April; 一般公共预算收入、农村居民人均可支配
收入2项指标完成年度计划 labelled as a worded result for each name), 惠济 (郑州)'s of 22 January 2024 from the district's
site (实现正增长 and 与经济发展同步增长 labelled as worded results), 解放 (焦作)'s of 21 February 2024 from a reports mirror (the
ranks given for retail sales and industry carry no values) and 川汇 (周口)'s of 2 February 2023 from the same mirror, a PDF's
text with spaces inside words and numbers (地区生 产总值 345.5 亿元), kept as far as its last whole clause; twenty-four
searches for work and plan reports of counties, districts and cities of the three provinces delivered 2009–2026 reached
mostly reports the corpus holds (封丘 2025, 延津 2025, 叶县 2025 and 2024, 黄龙 2026, 汉滨 2025, 陵川 2026, 浚县 2013, 孟州
2013, 汉中 2017, 灵丘 2023, 渭南 2022, 新郑 2024, 商水 2018, 宝鸡 2023 and 2024), copies with no figure in their stored openings (澄城 2018, 内乡 2021, 府谷
2022's second page, its five years' totals), copies in
traditional characters (平利 2016, 河曲 2022, 府谷 2023, 旬阳 2019, 西华 2019, 周口 2014), a plan report whose figures in its
opening are all of eleven months (三门峡 2023, its expected GDP cut off inside its clause), a copy whose figures were
stripped (昔阳 2009), a five-year review with no figure of the year (灵宝 2022), news items and statistical bulletins, so
that the set holds one report of Shaanxi and one of Shanxi) were found and labelled by hand before extraction ran on them,
and scored once on the branch as it stood (127bbba): recall 86.4% (19/22), precision 95% (19/20), the misses 永济's two
worded results (一般公共预算收入、农村居民人均可支配收入2项指标完成年度计划, each name's 完成年度计划) and 惠济's residents' income,
which the first labels wrote 与经济发展同步 while the text writes 居民人均可支配收入预计与经济发展同步增长: a mistake of the
labelling, which left out the 增长 of a worded value to be copied as written (hannan-2021-gwr and xian-2020-gwr spell the
same words 与经济发展同步增长), and the one wrong proposal was that value as written. That label alone was corrected to
与经济发展同步增长, so that the set scores recall 90.9% (20/22), precision 100% (20/20); 永济's two labels were kept.
One more (`blind221`, the plan of the county 平利 (安康, Shaanxi) for 2025, issued on 15 April 2025, targets only)
was found in the stored pages: the plan as the county congress approved it and the county government issued it
(平政发〔2025〕6号) on the county's site, its notice, title, general requirements and targets kept as far as section 三,
whose first item breaks off (生产总值增长6% labelled as the GDP, 一般公共预算收入 as the local revenue, 城乡居民收入分别
增长5%和6% urban and rural in that order); it is the approved plan rather than the plan report read to the congress, kept
as ziyangxian-2024-plan, tongliao-2023-plan and xinxiang-2024-plan are. Fifty searches for plan reports (计划执行情况与…
计划草案的报告) of counties, districts, county-level cities, cities and provinces delivered 2006–2026 reached mostly
reports the corpus holds (城口's stored opening stops before any figure, as do 正蓝旗 2025's and 汉滨 2021's; 荔城 2023,
金寨 2025, 寿县 2025, 洞头 2016, 越城 2014, 余杭 2023, 新乐 2022, 东安 2023, 廊坊 2022, 上海 2006, 湖北 2018, 新乡 2024,
紫阳 2024, 甘肃 2026 and an unnamed county's of 2008 are held), copies in traditional characters (安徽 2020's and 2026's
plan reports, 高青 2022's reading of its plan), plans whose stored openings give no figure (上饶 2022, 珠海 2018, 滨州 2006,
湖州 2024), news items, work reports and statistical bulletins, so that the set holds one report, and no plan report
read to a congress, and was labelled by hand before extraction ran on it, and scored once on the branch as it stood (d7b0e1f): recall
100% (7/7), precision 100% (7/7), nothing missed and nothing wrong; no label changed.
Three more (`blind222`, reviewing 2009 and 2011 in Heilongjiang, three work reports of districts of 哈尔滨 delivered
2010–2011) were found in the stored pages: 道里's of 15 January 2010 from the district's own site, kept as far as its last
whole sentence (全口径财政收入 labelled as the total revenue, 区本级财政一般预算收入 as the local one with its comparable growth;
规模工业…完成增加值64.8亿元 as the industrial value added above scale), 道外's on 2009 from a model-texts site's repost of a
user's upload, titled with the year reviewed and giving neither date nor speaker (delivered 2010; its foreign investment left
out where the copy breaks off inside its sentence; 连续两年平均增幅超过25% a two years' average, not labelled), and 阿城's of
10 December 2011 on the five years since the city became a district, from a mirror of the district's page (the averages
年均增长… not labelled; 财政总收入 labelled as the total revenue and 全口径一般预算收入, a third measure between it and the local
revenue, left out); twenty searches for work and plan reports of counties, districts and county-level cities delivered
2006–2014 reached mostly reports the corpus holds (汕头 2010's plan report, 兴隆台 2008, 大东 2009, 东陵 2009, 杨陵 2009,
泾县 2006, 静宁 2010, 和林格尔 2010, 三穗 2010, 苍山 2011, 五莲 2012, 泉州 2012, 惠州 2012, 山西 2009), copies in
traditional characters (南开 2009, 雷山 2011, 张家川 2012, 漳州 2010, 泰兴 2009, 府谷 2012, 清河 2007), copies with the figures stripped (昔阳
2008) or blanked in a model text, openings with only five years' averages or no figure of the year (薛城 2013,
绩溪 2010), out-of-range years (道里 2004 and 2020–2025), news items and statistical bulletins, so that the set holds no plan
report and all three of one province) were found and labelled by hand before extraction ran on them, and scored once
on the branch as it stood (bc9294b): recall 94.9% (37/39), precision 100% (37/37), the misses 道里's industry above scale
(全区规模工业发展到169户，完成增加值64.8亿元，同比增长18%: the level and the growth, told after the count of firms with no
工业 before 增加值), none wrong; no label changed.
One more (`blind223`, reviewing 2015 in Heilongjiang, the work report of a district of 伊春) was found in the stored
pages: 翠峦's of 14 January 2016 from a document site (公文搜) whose stored page has no address, so that none is cited,
with the site's stray Jzp after its lines and its line breaks inside words kept as blind143 keeps the same site's Zeu
(地区生产总值预计实现59400万元 labelled with its 万元, its growth 与上年持平 as a worded growth, 公共财政预算收入 as the local
revenue); fifty searches for work and plan reports of counties, banners, districts and cities of Heilongjiang, Inner
Mongolia, Hainan and Xinjiang delivered 2005–2026 reached mostly reports the corpus holds (北林 2025, 正蓝旗 2019, 临高
2023, 琼中 2024, 苏尼特右旗 2023, 察右后旗 2023, 土左旗 2024, 友谊 2024, 文昌 2020, 尉犁 2025, 吐鲁番 2025, 塔城 2025,
新巴尔虎左旗 2018 and 2024, 伊春 2023, 包头 2013, 锡林郭勒 2024, the provinces' own of 2010–2025), copies whose stored
openings end before any figure of the year (正蓝旗's plan report of 2025, 琼海's of 2024, 虎林 2025, 道里 2026, 海南's plan
report of 2025), five years' reviews with only average growths or cumulative sums (齐齐哈尔 2022, 伊春 2022, 肇源 2021,
呼伦贝尔 2022), a county's report of 2024 under 大兴安岭 with neither title nor address to name it, copies in traditional
characters (和硕 2018, 白沙 2025, 内蒙古 2025), news items, yearbooks and statistical bulletins, so that the set holds one
report of Heilongjiang and none of Inner Mongolia, Hainan or Xinjiang) was found and labelled by hand before extraction
ran on it, and scored once on the branch as it stood (b8e4ac8): recall 80% (4/5), precision 100% (4/4), the GDP's amount
in 万元, the investment and the revenue's amount and growth found, the one miss the worded growth 与上年持平, none wrong;
no label changed.
Four more (`blind224`, reviewing 2019, 2022 and 2024 in Hunan, Sichuan and Hubei, four work reports of county-level
cities, delivered January 2020 to January 2025) were found in the stored pages: 浏阳 (长沙)'s of 27 February 2023 from a
reports mirror, kept as far as the opening sentence of its second item (全市R&D[3]经费占比达2.33% labelled as the R&D
intensity; 地方一般公共预算收入…同口径增长10.3% on its comparable basis), 简阳 (成都)'s of 19 January 2020 from a writing-samples
site (GDP总量迈上500亿元台阶 a milestone, not labelled), and two of 天门: its report of 9 January 2025 from the city's own
site (城镇、农村常住居民人均可支配收入增速与经济增长基本同步 labelled for each side as a worded value) and its report of 5 June
2020 from an investment-promotion site's listing that runs the text together, its results of 2019 final, given in June
(公共财政预算收入 labelled as the local revenue); thirty-two searches for work and plan reports of counties, districts and
county-level cities of Hubei, Hunan, Jiangxi and Sichuan delivered 2009–2026 reached mostly reports the corpus holds (双流
2023's plan, 靖安 2025, 进贤 2019, 大余 2018, 于都 2023), copies in traditional characters (醴陵 2023, 章贡 2019, 宜都 2025's
digest, 吉安县 2026's news, 枝江 2025's news, 九江 2014, 上饶 2024), news items without the report's text (仙桃 2026, 上饶县
2019, 赤壁 2026, 浏阳 in 长沙's report of 2025), copies whose stored openings stop before the year's figures (南康 2023, 宜黄
2023, 赣县 2021's plan), a five years' review with averages only (简阳 2022), a copy with no date (简阳 2023), 天门 2023
(passed over for the two of 天门 kept), a mid-year plan report (赤壁 2024) and statistical bulletins, so that the set
holds no report of Jiangxi and no plan report) were found and labelled by hand before extraction ran on them, and
scored once on the branch as it stood (45dfbcc): recall 97.0% (32/33), precision 100% (32/32), the one miss 浏阳's R&D
intensity written with a note mark between its words (全市R&D[3]经费占比达2.33%), none wrong; no label changed.
Two more (`blind225`, reviewing 2019 and 2020 in Hunan and Jiangsu, the work reports of a county and a county-level
city) were found in the stored pages: 永兴 (郴州)'s of 28 April 2020 from a document site (公文搜) whose stored page has
no address, so that none is cited, its text run together on one line as the page gives it and its results of 2019
final, given in April (规模工业增加值 labelled as the industry above scale, 地方财政收入 as the local revenue), and 海安
(南通)'s of early 2021 from a document-sharing site's text layer with its line breaks inside words and its spaces around
numbers kept, giving neither date line nor speaker (一般公共预算收入 labelled as the local revenue; 社会消费品零售总额 346
亿元，稳中有升 labelled with the worded growth 稳中有升); forty-nine searches for work and plan reports of counties, districts
and county-level cities delivered 2005–2026, by the words such reports use, by mirror and document sites (公文搜, 县情资料网,
document-sharing sites) and by the counties of 陇南, 临夏, Qinghai, Ningxia and Jiangsu, reached mostly reports the corpus
holds (汉滨 2025, 巨野 2025, 上杭 2020, 硚口 2025, 浮山 2019, 赤峰 2025, 五莲 2013, 土默特左旗 2024, 郏县 2024, 牟定 2022,
镇安 2016, 洞头 2016, 桂阳 2016, 蠡县 2017, 饶阳 2022, 博野 2022, 泾县 2007, the unnamed county's plan report of 2008,
中宁 2026, 湟源 2025, 果洛 2018, 中卫 2023, 斗门 2022, 瑶海 2021, 如皋 2026, 陇县 2020, 紫金 2020, 新晃 2020, 德庆 2020,
石门 2020, 大埔 2020, 丰城 2020, 南城 2021, 三穗 2011), copies in traditional characters (柳林 2023, 金坛 2024, 启东 2018
and 2021, 涪城 2019, 泰兴 2010, 安徽's plan report of 2026), copies whose stored openings stop before the year's figures
(城口's plan report of 2025, 上高 2024, 鼎湖's plan report of 2021, 鲁山 2020), five years' reviews with
averages only (谷城 2020, 江陵 2021), a copy with the year blanked (綦江), party
plenary reports and speeches (商州 2024), news items, novels, emoji-laden summaries and statistical bulletins, so that
the set holds no plan report) were found and labelled by hand before extraction ran on them, and scored once on the
branch as it stood (8b0ee1d): recall 80.8% (21/26), precision 100% (21/21), 永兴's fourteen figures all found, the five
misses all 海安's: the urban and rural incomes' levels and growths given as a pair after a line break
(城乡居民人均可支配收入 closing a line, 49997 元、24987 元，分别增长 4.5%、7% opening the next) and the worded growth 稳中有升, none wrong; no label changed.
Four more (`blind226`, reviewing 2005, 2007 and 2010 in Hubei, Shandong and Fujian, three work reports and a province's
work report as a news site's collection excerpts it, delivered February 2006 to December 2010) were found in the stored
pages: 武昌区 (武汉)'s of 21 December 2010 from a copy of the district's public-information pages (its date line reads
——20101221日…, kept; the levels of 2010 labelled, the levels of 2005 and the five years' averages not), 济宁's of 2006
from a document site's preview with no address, run together on one line (地方财政收入 as the local revenue), 滨城区
(滨州)'s closing its term with 2007 forecast, from a writing-samples site (地方财政收入15.88亿元，其中区级收入6.98亿元
labelled as the total budget revenue and the local revenue; the shares of the year's plan not labelled), and Fujian's of 8
February 2006 as 中国经济网 excerpts it (the 十五 plan's targets each level of 2005 is compared with, 比“十五”计划目标3000亿元
超过1070亿元, labelled as the targets of 2005); thirty-one searches for work and plan reports of counties, districts,
banners and cities reviewing 2005–2012, by the words such reports use (农民人均纯收入, 地方财政一般预算收入, 十一五, 二〇〇六年工作回顾,
主要预期目标), reached mostly reports the corpus holds (宜丰 2009, 泾县 2007, 三穗 2011, 盐田 2012, 静宁 2011, 和林格尔 2011,
泉州 2012, 兴隆台 2008, 苍山 2012, 五莲 2012 and 2013, 获嘉 2011, 甘谷 2011, 伊川 2007, 德州 2008, 惠州 2012, 深圳 2011,
白云 2010, 包头 2013, an unnamed county's plan report of 2008), copies with their figures blanked out (昔阳 2009, an
unnamed county's report of 2007, 綦江's and 郯城's with their years blanked), copies in traditional characters (泰兴 2010,
七台河 2009, 南开 2010, 湖北 2007, 汶上 2009, an unnamed district's of 2009), a copy whose years and words a machine rewrote
(浔阳 2011: 2023年, 开展 for 发展), a five years' review whose opening gives no figure (武昌 2011), news items without the
report's text (马关 2010, 白云 2010, 五莲 2013), statistical bulletins, yearbooks and the State Council's reports, so that the
set holds no county's report and no plan report) were found and labelled by hand before extraction ran on them, and
scored once on the branch as it stood (c4b98b5): recall 71.4% (20/28), precision 95.2% (20/21), every figure
of 武昌, 济宁 and Fujian's levels found; the misses are the six 十五 plan targets of Fujian's review, compared with
after each level (比“十五”计划目标3000亿元超过1070亿元), and 滨城's two revenues, 地方财政收入15.88亿元 read as the local revenue
(the one wrong proposal) and 其中区级收入6.98亿元 not read; no label changed.
Four more (`blind227`, reviewing 2017, 2021 and 2023 in Shandong, Henan, Jilin and Hubei, two work reports of
districts from reports mirrors and two news reports quoting county and district work reports, delivered January 2018
to December 2023) were found in the stored pages: 新华区's of 26 April 2022 from a reports mirror's 华中 section (taken
for 平顶山's, as the copy names no city; its levels of 2021 final, given in April, its five-year averages not labelled),
二道江 (通化)'s term-end report from the same mirror's 东北 section, opening at the greeting with no date line (its
delivery inferred as late 2021 from Jilin's new-term sessions and its 预计 results; 全口径财政收入 and 地方级财政收入
labelled as the total and local revenue, the incomes with their written 万元), 竹山's targets of 2024 in Hubei Daily's
report of 26 December 2023 (力争实现地区生产总值增长10%以上 heading the list labelled as the year's target;
新增高新技术企业10家 a count added, not labelled) and 东昌府's results of 2017 in a news report of 16 January 2018
whose stored page has no address, so that none is cited; forty-eight searches for work and plan reports of counties,
districts and cities across the provinces delivered 2005–2026, phrased as the reports and as news of congress openings,
reached mostly reports the corpus holds (上杭 2020, 赤峰 2025, 龙游 2025, 长沙县 2023, 龙岗
2025, 历城 2025, 湟源 2025, 中卫 2023, 银川 2025, 苍山 2012, 和林格尔 2011, 静宁 2011, 三穗 2011, 蠡县 2017, 饶阳 2022,
博野 2022, 交城 2023, 苍梧 2024, 横州 2026, 汉中 2017, 二七 2018, 陇县 2020, 卢氏 2019, 大埔 2020, 兴文 2018, 沅陵
2018, 略阳 2023, 黎平 2023, 玉屏 2023, 天镇 2023, 泽州 2023, 建宁 2023, 宝丰 2024, 双柏 2020, 禄劝 2020, 斗门 2022,
坪山 2022, 张湾 2022, 大荔 2015, 镇安 2016, 淳安 2018, 芙蓉 2019, 建平 2019, 宝山 2019, the unnamed county's plan
report of 2008), copies in traditional characters (固阳 2025, 金秀 2024, 融安 2024, 秀英 2025, 石台 2024, 惠安 2024,
连云 2025, 蓬江 2026, 涪城 2019, 长寿 2022, 宜宾 2017, 济南市中 2016, 贵港 2018, 东乡's plan of 2025), copies whose
stored openings carry no catalogue figure (玉林 2025, 颍东 2023, 淮阳 2014, 青羊 2025, 湖滨 2022), later pages of reports
whose first pages were not stored (西和 2019, a 西北 county's targets of 2023 naming no county), machine-written
summaries (镇原 2024), model texts with the figures blanked, reports on government sites (城口's plan of 2025, 汉滨
2025, 九原 2026, 泾县 2007, 获嘉 2011), mid-year reports and statistical bulletins, so that the set holds no plan
report) were found and labelled by hand before extraction ran on them, and scored once on the branch as it stood
(138a49b): recall 100% (33/33), precision 100% (33/33), nothing missed, none wrong; no label changed.
Three more (`blind228`, reviewing 2023 and 2024 in Jiangxi, Henan and Hebei, provinces' work reports as news
reports and a digest quote them, delivered January 2024 and January 2025) were found in the stored pages:
Jiangxi's of 23 January 2024 as 澎湃新闻 reports it (the lead's 2024年预计增长5%左右, the year's target that the list
of 主要预期目标 repeats, labelled once as the target; 主要污染物排放等指标完成国家下达目标 not labelled), Henan's of 28
January 2024 as a 1000字极简版 digest gives it one item a line (全社会研发投入强度突破2% labelled as the R&D intensity's
result 突破2, 经济增长目标确定为5.5% as the GDP's target), and Hebei's of 13 January 2025 as 证券时报 reports it, its
simplified copy stored with no address (the address column names the stored traditional-character copy, which was
not used); thirty-three searches for work and plan reports of provinces and autonomous regions whose years the
corpus lacks (Ningxia, Heilongjiang, Yunnan, Guizhou, Qinghai, Jilin, Liaoning, Inner Mongolia, Tibet, Guangxi,
Xinjiang, Shanxi, Henan, Hebei, Jiangxi), phrased as the reports and as news of congress openings, reached mostly
reports the corpus holds (河北 2019 and 2023, 云南 2019 and 2021, 吉林 2020 and 2026, 内蒙古 2024, 黑龙江 2006 and 2023,
青海 2022 and its plan of 2023, 河南 2022 and 2023, 江苏 2024, 湖北 2025, 西藏 2018, 2019 and 2026, 广西 2021, 新疆 2022 and
2023, 山西 2024, 四川 2008 and 2009, 安徽 2009, 浙江 2008), copies in traditional characters (河北 2014, 云南 2012, 青海 2021
and 2026, 黑龙江 2013 and 2024, 内蒙古 2025, 贵州 2024, 宁夏 2008, 吉林 2022 and 2023, 广西 2016, 新疆 2004 and 2017, 西藏
2025, 辽宁 2019), a Korean-language report of 黑龙江 2010, stored openings that stop before the year's figures or give
only five years' averages and milestones (贵州's plan report of 2023, 江西 2023, 云南 2026, 广西 2011), a machine-written
English summary (山西 2025), a provincial press conference (江苏 2009), cities' reports and statistical bulletins, so
that the set holds no plan report and no report before 2024) were found and labelled by hand before extraction ran
on them, and scored once on the branch as it stood (b062251): recall 95.8% (23/24), precision 92.0% (23/25), every figure
of Jiangxi's found; the one miss is Henan's 经济增长目标确定为5.5%, the GDP's target worded as the economy's growth, and the
two wrong proposals are Jiangxi's 新三样 export growth (出口额增长73.5%, a part of exports, read as the exports of 2019 from
the 2019年水平 before it) and Hebei's 粮食总产781.8亿斤. That second was a mistake of the labelling, not of extraction: the
grain output is a catalogue figure, and the corpus labels it in 亿斤 with its written unit (anhui-2009-gwr's 604.7亿斤,
gansu-2024-gwr's 254.58亿斤, forty-eight labels in all), so it was labelled then (粮食产量, 万吨, 2024, expected, 781.8亿斤)
and the note on hebei-2025-gwr says so; no other label changed. Run again with it, the set scores 96.0% (24/25) /
96.0% (24/25); the floors are the first run's, rounded down.
Five more (`blind229`, reviewing 2020, 2022, 2023, 2024 and 2025 in Fujian, Shandong and Guangdong, work reports of
three sub-provincial cities, 厦门, 青岛 and 深圳, delivered January 2021 to January 2026) were found in the stored pages:
厦门's of 18 January 2021 on the city's investment-promotion site from 厦门日报 (财政总收入 and 地方级财政收入 labelled as
the total and local revenue, as xiamen-2017-gwr labels them; 全体居民人均可支配收入稳步增长 worded with no figure, not
labelled), 厦门's reviewing 2022 on 厦门日报's e-paper of 30 January 2023, opening at the greeting (its revenues' growths
on the comparable basis, 同口径, labelled as written; 居民消费价格涨幅控制在2%以内 a result labelled 2%以内), 青岛's
reviewing 2024 reposted by an unrelated site, opening at the submission (its delivery given as 2025), 深圳's of 30
January 2024 reposted by a company's news page, its headline run into the submission (3.46万亿元, 1.05万亿元, 3.87万亿元 and
2.47万家 labelled with their units scaled by 万; 固定资产投资近万亿元 a level nearly reached, not labelled; the R&D
spending's growth not labelled, the catalogue giving it in 亿元 only), and 青岛's targets of 2026 in a 大众日报 report
reposted by a news aggregator (居民收入增长与经济增长同步 labelled worded, as jinan-2026-gwr); seventeen searches for work
and plan reports of provincial capitals and sub-provincial cities (西宁, 乌鲁木齐, 南宁, 贵阳, 太原, 厦门, 拉萨, 银川,
石家庄, 青岛, 海口, 哈尔滨, 南京 and 深圳), phrased as the reports and as news of congress openings, reached also reports
the corpus holds (by year of delivery: 南宁 2021 twice, 贵阳 2017, 乌鲁木齐's aims of 2008, 青岛 2014 and 2024, 厦门
2017, 银川 2025, 海口 2020 and 2021, 哈尔滨 2021), copies in traditional characters (西宁 2017 and 2020, 贵阳 2014 and
2024, 海口 2013, 哈尔滨 2009, 南京 2010 and 2022, 厦门 2026), copies whose stored openings carry only five-year averages,
milestones or no catalogue figure (西宁 2016, 太原 2021, 乌鲁木齐 2021 and 2023, 海口 2022 and 2023), a machine-written
summary (哈尔滨 2025), 深圳's plan report of the same day as its work report (left out, so that the set holds one
report a city and year), press conferences and statistical bulletins (拉萨 2021 and 2022, 石家庄 2018, 乌鲁木齐 2023),
so that the set holds no plan report; they were labelled by hand before extraction ran on them (32 labels), and scored
once on the branch as it stood (54cf82b): recall 100% (32/32), precision 100% (32/32), nothing missed, none wrong (eight
proposals of indicators outside the catalogue left out); no label changed.
Three more (`blind230`, reviewing 2014 and 2016 in Hubei, Zhejiang and Hebei, news reports of the openings of
prefecture-level cities' congresses quoting the mayors' work reports, delivered January 2015 to April 2017) were found
in the stored pages: 鄂州's results of 2014 from a news aggregator's report of 20 January 2015, whose copy writes every
decimal point as a full-width 。 (增长9。5%, 373。15亿元), a typo kept, its labels written so; 台州's results of 2016 from a
mirror's report of 28 March 2017 (财政总收入 as the total budget revenue, 农业 and 工业增加值 not above scale not labelled);
衡水's new-term review in a 中新网 report of 7 April 2017, its levels of 2016 at the ends of the five-year spans labelled
final, the spans' starts, the averages and the five-year sum of investment not; twenty-eight searches for work and plan
reports of prefecture-level cities (not capitals) delivered 2014–2020, by name (张掖, 曲靖, 东营, 柳州, 淮安, 滁州, 驻马店,
衡水, 唐山, 晋中, 齐齐哈尔, 承德) and as news of congress openings, reached mostly reports the corpus holds (威海 2017, 眉山
2014, 马鞍山 2019, 湖州 2017, 资阳 2015, 珠海 2019, 宜昌 2016, 张家口 2019, 六盘水 2019, 日照 2014, 商丘 2018, 镇江 2019,
黄石's plan of 2016), copies in traditional characters (铜陵 2015, 九江 2014, 周口 2014, 商洛 2018, 岳阳 2017, 宜宾 2017),
openings that break off before any catalogue figure (衡水 2019, 江门 2019, 衡阳 2018), capitals, county-level cities and
districts, so that the set holds no plan report; the three were labelled by hand before extraction ran on them, and
scored once on the branch as it stood (11adaea): recall 33.3% (8/24), precision 50% (8/16): 台州's seven figures and
鄂州's 690亿元 found; missed 鄂州's other thirteen, whose decimals the extractor cuts at the 。 (five of them proposed cut, 增长9,
规模以上工业增加值373, 698, 42, 230: the five wrong), and 衡水's three levels, proposed as expected where the labels say
final (the copy gives the month only in its dateline, 4月7日电): the other three wrong; no label changed.
Two more (`blind231`, reviewing 2012 and 2005 in Guangdong and Guizhou, prefecture-level cities' work reports delivered
January 2006 and January 2013) were found in the stored pages: 珠海's work report of 20 January 2013 as 中国发展门户网 gives
it in full, its review of 2012 kept to the sentence before the copy breaks off (进出口总额's year's growth written -11.6%
labelled so, the trough -14.2% within the year not; 内资 not); 遵义's report of 22 January 2006 on the 11th five-year outline,
which the mayor gives as the year's work report, as a law-text site gives the city office's notice circulating it, whose
stored opening holds one catalogue figure (预计全市生产总值达404亿元; the five-year averages not labelled); fifty searches for
work and plan reports of provinces and prefecture-level cities (not capitals) delivered 2006–2013, by name (潍坊, 宜昌, 柳州,
绵阳, 株洲, 赣州, 芜湖, 临沂, 十堰, 南阳, 常德, 邯郸, 滨州, 牡丹江, 鄂尔多斯, 新余, 湛江, 肇庆, 桂林, 遵义, 宣城; 河南, 云南, 河北,
吉林), as news of congress openings and as plan reports, reached mostly reports the corpus holds (周口 2009, 汕头's plan of 2010,
泉州 2012, 金华 2007, 惠州 2012, 梧州 2012, 南通 2011, 黄石 2010, 聊城 2011, 德州 2008, 宁德 2013, 宁波 2013, 中山's plan of 2011,
吉林市 2011, 鞍山 2007; 湖南 2010, 福建 2013, 浙江 2008, 山东 2011), copies in traditional characters (天水 2006, 七台河 2009, 漳州
2008 and 2010, 宜昌 2012, 宣城 2010 and 2012, 云南 2012), an opening with no year's catalogue figure (宣城 2011), capitals,
county-level cities, statistical bulletins and English translations; the two were labelled by hand before extraction ran on them
(19 labels), and scored
once on the branch as it stood (5ad4ffe): recall 94.7% (18/19), precision 100% (18/18): 遵义's 404 and 珠海's other seventeen
found; missed 珠海's growth of 进出口总额 written after a trough (降幅由谷底的-14.2%收窄至-11.6%, labelled -11.6), none wrong (two
proposals of indicators outside the catalogue left out); no label changed.
Five more (`blind233`, reviewing 2009, 2010, 2012, 2013 and 2015 in Liaoning, Zhejiang, Henan and Jiangsu, work
reports of provincial capitals and sub-provincial cities, delivered 2010 to January 2016) were found in the stored pages:
杭州's results of 2012 from the report of 19 February 2013 on the city's gazetteer site (人口自然增长率3.95% written with %
where the series is in ‰, kept and labelled so, unit ‰); 沈阳's results of 2015 from the report of 9 January 2016 on the city
government's site (two falls, 下降18.5 and 下降22.8); 沈阳's targets of 2010 from a company directory's repost of the
report's part on the year's work, undated, broken off inside the incomes' clause; 郑州's targets of 2011 from part 三 of
the report on 中原网's special, to the last whole clause before the copy breaks off; 南京's results of 2013 from the
report of 13 January 2014 as 中国经济网 reposts it (万元地区生产总值能耗下降8% as the energy intensity, the CPI's 涨幅控制在省定
标准以内 a remark, not labelled); nine searches for work and plan reports of capitals and sub-provincial cities on
2005–2015 (南昌, 长沙, 沈阳, 杭州, 大连, 昆明, 厦门, 郑州, 南京, and one for capitals at large) reached also reports the corpus
holds (长沙 2014 and 2015, 南昌 2013, 泉州 2012, 郑州 2015), copies in traditional characters (沈阳 2007, 南昌 2014, 南京
2006 and 2010, 江西 2010, 福州's plan of 2014), openings out of the years (大连 2005, 昆明 2017, 南昌 2018, 厦门 2016),
statistical bulletins (大连 2007, 2008 and 2011), a draft with blanks for its figures (杭州 2014) and a copy without an
address (济南 2012), so that the set holds no plan report; the five were labelled by hand before extraction ran on them
(60 labels), and scored once on the branch as it stood (289bf63): recall 96.7% (58/60), precision 98.3% (58/59):
missed 杭州's 人口自然增长率 3.95%, written with % for ‰, and 沈阳's 规模以上工业增加值增长18% of 2010, proposed as a result of
2009 (the page gives no date and its paragraph on industry no year): the one wrong; six proposals of indicators outside
the catalogue left out; no label changed.
Three more (`blind234`, reviewing 2022 and 2023 in Fujian, Jiangsu and Guangdong, work reports of prefecture-level
cities, delivered January 2023 and January 2024) were found in the stored pages, all three as news items on the
congress's opening: 泉州's results of 2022 and targets of 2023 from 澎湃新闻's item after 泉州晚报, kept to its first three
paragraphs (the journalist's comparison with the targets of 2022 and of other cities left out; 增长约4% labelled 约4, the
revenue's comparable growth, 居民人均可支配收入和经济增长同步 a worded target, 完成节能减排降碳任务 worded and not labelled);
徐州's results of 2023 from 现代快报's item as ZAKER reposts it, with its spaces around numbers, to the last whole
sentence before the copy breaks off; 韶关's results of 2023 from a repost of the city paper's item (the headline, given
twice, kept once; its GDP growth, in headline and text, labelled once; 新增高新技术企业 45 家 an increment, not labelled);
thirty-eight searches for work and plan reports of provinces and prefecture-level cities on 2020–2025 (at large, by the
openings of reports and of news items of congress openings, and by name: 株洲, 绍兴, 玉林, 宜宾, 临沂, 柳州, 衡阳, 上饶,
曲靖, 徐州, 潍坊, 绵阳, 湖州, 南通, 唐山, 贵州, 云南, 黑龙江, 宁夏, 江西, 吉林) reached also reports the corpus holds (赤峰
2024, 金华 2024, 嘉兴 2024, 扬州 2023, 新乡 2023, 黑龙江 2022, 中卫 2022, 乐山 2025, 咸阳 2025, 肇庆 2024, 湖北 2024),
copies in traditional characters (上饶 2023, 绵阳 2024, 南通 2024 and 2025, 贵州 2023, 长春 2023), openings with no
catalogue figure (玉林 2024, 宜宾's report on 2021 with only five-year averages and a milestone, 大理州 2022), a copy of
绵阳's targets of 2023 rewritten word for word by a machine (高水平质量的发展, 提高10%), a machine-written summary (威海
2024), a news item with one figure (上饶 2023), capitals, county-level cities, templates with blanks and statistical
bulletins, so that the set holds no plan report; the three were labelled by hand before extraction ran on them (18
labels), and scored once on the branch as it stood (9b33d7e): recall 100% (18/18), precision 100% (18/18): none
missed, none wrong; five proposals of indicators outside the catalogue left out; no label changed.
Six more (`blind235`, reviewing 2019, 2023, 2024 and 2025 in Fujian, Anhui, Henan, Jiangxi and Guangdong, work
reports of provincial capitals and sub-provincial cities, delivered January 2020 to January 2026) were found in the
stored pages: 厦门's results of 2019 from the report of 6 January 2020 as a local news site reposts it (财政总收入 and
地方级财政收入 as the total and local revenues, 城乡居民人均可支配收入增幅高于经济增速 one worded label a side); 合肥's results
of 2019 from a forum's undated copy given as one line (labelled expected, as lasa-2016-gwr's undated review is); 合肥's
results of 2024 from the report's summary (摘要) of 15 January 2025 (研发投入强度4%, 高新技术企业总数突破1万户 labelled as
written, its net increase not); 郑州's results of 2025 from a Henan news site's copy of 2026 (地区生产总值突破1.52万亿元 a
milestone, not labelled, its growth labelled); 南昌's results of 2023 from the report of 15 January 2024 (分别增长4.0%、
6.0%左右 pairwise); 广州's results of 2025 from the report of 19 January 2026 on the city government's site (3.2万亿元 with
its written unit, 城镇新增就业超35万人 as written, 实际到位外资超250亿元 a threshold, its growth 9.1 labelled); thirty-two
searches for work and plan reports of capitals and sub-provincial cities on 2016–2025, by name (西宁, 乌鲁木齐, 太原,
哈尔滨, 南宁, 贵阳, 拉萨, 银川, 海口, 石家庄, 兰州, 长春, 厦门, 武汉, 西安, 宁波, 青岛, 南京, 合肥, 深圳, 郑州, 南昌, 福州, 呼和浩特,
昆明, 广州) and for plan reports at large, reached mostly reports the corpus holds (贵阳 2016, 南宁 2020, 拉萨 2015–2017,
银川 2024, 长春 2024, 兰州 2021, 厦门 2020, 西安 2016, 2019, 2022 and 2024, 宁波 2018 and 2025, 青岛 2024 and 2025, 南京
2023, 郑州 2022, 昆明 2022 and 2024, 南昌 2022), copies in traditional characters (西宁 2019 and another year, 长春 2017 and
2022, 深圳 2020 and 2021, 广州 2024, 西安 2020 and 2021), openings that break off before any catalogue figure of the year (乌鲁木齐 2020 and 2022,
太原 2020, 海口 2022, 宁波 2023, 呼和浩特's plan on 2022), openings out of the years (西宁 2015), statistical bulletins,
a half-year plan report and machine-written summaries (哈尔滨 2024, 昆明 2024), so that the set holds no plan report;
the six were labelled by hand before extraction ran on them (46 labels), and scored once on the branch as it stood
(7b7ec56): recall 97.8% (45/46), precision 100% (45/45): missed 合肥's 高新技术企业总数突破1万户 (突破1万户, its unit 户
where the catalogue counts 家), none wrong (24 proposals of indicators outside the catalogue left out); no label changed.
Four more (`blind236`, reviewing 2004, 2017, 2022 and 2023 in districts of Beijing, Shanghai and Chongqing, work reports
delivered January 2005 to February 2024) were found in the stored pages: 丰台区's report of 8 January 2005 on a report-archive
site, named fengtaibj as fengtai-2025-gwr is 凤台县's (财政收入 alone as the total revenue, 消费品零售额 as the retail sales,
进出口总额12亿美元; 新认定高新技术企业365家, the year's new recognitions, not labelled); 崇明区's report of January 2018 on the
district's site, whose paragraph of results runs its clauses together without stops (增加值 as the GDP, 区级一般公共预算收入
as the local revenue, 万元增加值综合能耗 as the energy intensity, 下降1.5, AQI优良率 as the share of good-air days); 万州区's
report of 2 February 2024 as a regional-data forum reposts it on one line, kept to the last whole clause before the copy breaks
off (the three sectors' growths 4.8%、13.1%、4% one to each); 梁平区's report of 8 February 2023 from the second page of a
report-archive site, opening inside the review (城镇新增就业7000人, 城镇登记失业率在4%以内, 高新技术企业总量达93家; 高于全市3.1个
百分点 not labelled); thirty searches for work and plan reports of districts and counties of the four municipalities by name
(丰台, 房山, 顺义, 怀柔, 密云, 朝阳, 金山, 崇明, 西青, 津南, 北辰, 宝坻, 静海, 九龙坡, 江津, 合川, 荣昌, 梁平, 垫江, 石柱, 彭水,
秀山, 武隆, 巫溪, 大渡口, and plan reports at large) reached also reports the corpus holds (大兴 2025, 延庆 2023, 永川 2022, 朝阳
2016 and 2019, 奉节's plan of 2025, 东丽's plan of 2024, 武清 2020), copies in traditional characters (南开 2010, 静海 2016, 垫江
2023, 彭水 2025, 密云 2024, 宁河 2025, 荣昌 2021 and 2024), openings that break off before the year's figures (江津 2020, 滨海新区
2019, 石景山 2025, 垫江 2021, 城口's and 大渡口's plans of 2025, 怀柔 2023, 武隆 2024, 朝阳 2021), a half-year plan report (梁平
2022), a report out of the years (密云县 2002), news without the report's text and statistical bulletins; the four were
labelled by hand before extraction ran on them (25 labels), and scored once on the branch as it stood (c09fdc3): recall
60.0% (15/25), precision 88.2% (15/17): missed 丰台's 消费品零售额 (176 and its comparable growth 8), 崇明's energy intensity
(下降1.5), AQI优良率 76.4 and rural income (23120, 10.1), written in a paragraph whose clauses run together without stops,
万州's three sectors' growths (一二三产业增加值分别增长4.8%、13.1%、4%) and 梁平's 高新技术企业总量达93家; the two wrong are 丰台's
high-tech industry's 出口创汇1.6亿美元，增长97.7%, proposed as the district's 出口总额 (1.6 and 97.7), which the labels leave out
as a sector's; thirteen proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind237`, setting the targets of 2021 in Sichuan, an autonomous prefecture's work report delivered 20 March
2021) was found in the stored pages: 凉山彝族自治州's report as 四川在线's 凉山 channel gives it in a news item of the day
(川观新闻), its targets and tasks kept to the last whole sentence before the copy breaks off (地区生产总值增速“保6争7” labelled
保6, its 争7 a higher target striven for and not labelled; 城乡居民人均可支配收入分别增长6%、9.6%左右 one side each, 6 and
9.6%左右, as jiangxi-2024-gwr's; the growth of 安宁河谷县市 and of 脱贫县's rural income not the prefecture's); fifty searches
for work and plan reports of provinces, autonomous prefectures, leagues, prefectures and autonomous counties, by name (黔南,
文山, 临夏, 伊犁, 兴安盟, 昌吉, 湘西, 海北, 玉树, 甘南, 阿坝, 恩施, 凉山, 红河, 阿克苏, 巴音郭楞, 西双版纳, 大兴安岭, 黄南;
长阳, 石柱, 互助, 北川; 宁夏, 云南, 黑龙江) and by kind (土家族, 苗族, 彝族, 满族, 回族, 哈尼族彝族自治县; 盟行政公署, 地区行政
公署; plan reports of autonomous prefectures and counties), reached mostly reports the corpus holds (黔西南 2021, 德宏 2025,
果洛 2018 and 2023, 迪庆 2012 and 2016, 玉屏 2023, 景东 2023, 新疆 2022, 云南 2019 and 2021, 黑龙江 2023, 宁夏 2022),
copies in traditional characters (凉山's full report of 2021, 芷江 2016, 张家川 2013, 雷山 2011, 大兴安岭 2011, 宁夏
2008, 云南 2012, 黑龙江 2013), openings that stop before the year's figures (海南藏族自治州 2023, 阿坝 2021, 2022 and 2026,
恩施 2024 and 2025, 大理 2023, 甘南 2019, 黑龙江 2017), an opening whose figures are milestones and five-year averages (云南
2026), statistical bulletins, press conferences, and reports of counties that are not autonomous (牟定, 黎平, 兴文, 中宁,
化德), so that the set holds one report; it was labelled by hand before extraction ran on it (3 labels), and
scored once on the branch as it stood (f92c9ff): recall 66.7% (2/3), precision 100% (2/2): the two incomes' targets found; missed the GDP's target 保6, written in
quotes with no % and with its 争7 after it (地区生产总值增速“保6争7”); none wrong (one proposal of an indicator outside the
catalogue left out); no label changed.
Two more (`blind238`, reviewing 2023 and 2024 in Yunnan and Anhui, news pieces on the work reports of a
county-level city and a provincial capital delivered February 2024 and January 2025) were found in the stored
pages, the set keeping to press pieces: 香格里拉市's results of 2023 as the city government's 要闻 page reports the
opening of its congress on 28 February 2024 (the year taken from the page's address, the piece kept to the
sentence before the stored copy breaks off inside the one on 2024); 合肥's results of 2024 as a news-search page
on a mirror gives a news item on the congress of 15 January 2025 (5.8%左右, 14.9%左右); fifty searches for news
pieces on work and plan reports of counties, districts, cities and provinces delivered 2005–2026 (as news of
congress openings, as 解读 and 数读 pieces, by outlet: 人民网, 中新网, 红网, 大众网, 东北网, 天山网, 四川新闻网, 湖南日报,
千岛湖新闻, 香格里拉网; and by name: 郸城, 林州, 永城, 泰和, 阳泉, 佳木斯, 红河; 宁夏, 贵州, 云南, 黑龙江, 青海) reached
mostly reports the corpus holds (镇安 2016, 三穗 2011, 兴山 2018, 理县 2018, 龙华区 2018, 土默特左旗 2024, 长沙县 2026,
龙井 2026, 霞山区 2025, 广西 2021 and 2026, 重庆 2013, 宁波 2013, 福建 2013, 宁德 2013, 五莲 2013, 东宝区 2020, 上海
2024, 哈尔滨 2021, 淳安 2018, 迪庆 2012 and 2017, 贵州 2015 and 2018, 云南 2019 and 2021, 宁夏 2022, 佳县, 凤县 and
巨野 2025, 成都 and 扬州 2024, 张湾区 2022), copies in traditional characters (涪城区 2019, 秀英区, 龙湾区 and 宜都
2025, 湟中区 2024, 鄂城区 2023, 泰兴 2010, 海口 2013, 青海 2026), openings that break off before any catalogue figure
(郸城 2023, 泰和 2023, 团风 2026, 隆回 2025, 吴起 2025, 晋城 2023, 鸡西 2015, 黑龙江 2017, 青海 2020), full texts and
digests rather than news pieces (郸城's government-site digest of 2024, 封丘 2025, 叶县 2024), a page without an
address (青羊区 2025) and one whose opening gives only five-year and milestone figures (云南 2026), so that the set
holds two reports and no plan report; the two were labelled by hand before extraction ran on them (6 labels),
and scored once on the branch as it stood (7a278f0): recall 100% (6/6), precision 100% (6/6): all six found, none missed, none wrong (two
proposals of indicators outside the catalogue left out); no label changed.
On merging, 合肥's news item was taken out (its two labels with it): blind235, labelled at the same
time, holds the report's own summary of the same session (hefei-2025-gwr), a better source than a
news-search page without an outlet; blind238 keeps 香格里拉市 (4 labels, 4/4 found).
Six more (`blind239`, reviewing 2010, 2017, 2018, 2019, 2022 and 2024 in Jiangsu, Gansu and Guizhou, work reports of
county-level cities delivered January 2011 to January 2025 and the work conferences of two national new areas of 2020) were
found in the stored pages: 常熟's work report of 11 January 2011 on the city's own site (its title's first character
missing, 府工作报告, kept), 张家港's of 3 January 2018 as a model-essay site reposts it (进出口总额 and its 其中出口 as the two
trade series, 居民人均可支配收入4.88万元 with its 万), 常熟's of 3 January 2023 from a mirror of Suzhou's site (增长2%以上 as
written, 同口径一般公共预算收入 as the local revenue, 进出口总额 in 亿美元) and 太仓's of 7 January 2025 from a report-collection
site (增长7%左右; 固定资产投资 590 and 6.6 out of a 分别 with 工业投资); 兰州新区's work conference of 6 January 2020 as a news
site reports it, with the year's targets quoted from the area's paper (确保增长22% labelled 22, the higher 力争 targets not;
进出口贸易额 as 进出口总额, 50%以上; 2018's figures final, to the last whole clause before the copy breaks off inside the
incomes), and 贵安新区's of 16 May 2020 as 网易 gives the area's own copy (2019's results final; 直管区's GDP as the area's;
建筑业增加值 labelled, 工业增加值 not above scale not); the two new areas are named -ewc, as binhai-2016-ewc is, since they
report to a work conference, not to a congress; twenty-three searches for work and plan reports of national new areas (两江,
天府, 西咸, 贵安, 兰州, 西海岸, 金普, 赣江, 湘江), development zones (高新区, 经开区, 苏州工业园区, 万盛经开区) and county-level
cities (江阴, 神木, 仁怀, 太仓, 昆山, 张家港, 义乌, 常熟) reached also a report the corpus holds (张家港's plan of 2022), copies
in traditional characters (常熟 2024 and 2025, 太仓 2023, 西海岸新区 2022, 天府新区 2023, 西咸新区 2018, 镇江高新区 2025),
openings that break off before the year's figures (江阴 2023, 太仓 2023) or give five-year spans only (太仓 2017, 张家港 2017,
天府新区 2023, 兰州新区 2017), news of quarters (西咸新区, 兰州新区 2022), a new-year address (江阴 2025), statistical bulletins
(高邮 2024, 张家港 2023), districts that are not new areas (龙岗, 龙泉驿, 渝水, 万州) and provinces and prefecture-level
cities; 太仓's report of 2020, 常熟's of 2024 and 昆山's of 2022 (mostly its five years) were set aside to keep the set to six, so
that the set holds no plan report;
the six were labelled by hand before extraction ran on them (49 labels), and scored once on the branch as it stood
(e92aa7c): recall 87.8% (43/49), precision 97.7% (43/44): the four county-level cities' thirty-three figures and 兰州新区's
other ten found; missed 兰州新区's two targets written after 确保 (地区生产总值确保增长22%, 固定资产投资确保增长32%) and 贵安新区's
four results of 2019 (126.24, 6.6, 建筑业增加值's 11 and 15.85), the revenue proposed as expected where the labels say final (the
copy gives the conference's month, 5月16日, but no year beside it): the one wrong; twenty proposals of indicators outside the
catalogue left out; no label changed.
Four more (`blind240`, reviewing 2021, 2022 and 2023 in Hebei, Shandong, Zhejiang and Hubei, work reports of
county-level cities delivered January 2022 to February 2024) were found in the stored pages: 南宫's work report of
11 January 2023 on the city's own site, after the notice printing it (一般公共预算收入6.1 with its comparable growth 8.7, the
level after the VAT refunds, 6.8, a second basis and not labelled; 规模以上工业增加值's one growth, 2.2, after 剔除增加值率变化因素;
kept to the last whole clause before the copy breaks off at 社会消), 邹城's of 2 January 2023 from a report-collection site
(突破千亿大关 a milestone, 达到1020亿元 and 增长6% labelled), 慈溪's of 23 January 2022 as a forum copies it (the levels of 2021
labelled, 财政总收入 as the total budget revenue, every 年均增长 of the five years and 外贸进出口突破1000亿元 not) and 枝江's of
21 February 2024 as the city's news site reports the session's opening (five growths of 2023, the incomes urban and rural
in that order); fifty-one searches (one over the budget of fifty) for work and plan reports of county-level cities (龙口, 迁安, 乐清, 寿光, 巩义, 都江堰,
荣成, 武安, 格尔木, 福清, 醴陵, 库尔勒, 仁怀, 满洲里, 海城, 汉川, 安宁, 公主岭, 五常, 瓦房店, 诸城, 遵化, 泊头, 高碑店, 当阳,
松滋, 老河口, 天长, 江油, 贵溪, 邓州, 深州, 长葛, 辛集, 晋江, 慈溪 and others by the pattern of a report site's titles) reached
mostly reports the corpus holds (霸州 2022, 新郑 2024, 荣成 2024, 北镇 2015, 慈溪 2017), copies in traditional characters (沙河 2017,
醴陵 2023, 宜都 2025, 辛集 2020, 老河口 2017), openings that give only five-year figures or multiples (都江堰 2021, 汉川 2021,
海城 2026, 天长 2016, 老河口 2022) or figures of eleven months (青州 2024), a second page without its date (诸城 2023), a page of
targets that names no city (荆州日报 2024), news of the half year (松滋, 江油), statistical bulletins (荣成, 满洲里) and
machine-written summaries (汉川 2024, 松滋 2024), so that the set holds no plan report;
the four were labelled by hand before extraction ran on them (20 labels), and scored once on the branch as it stood
(681e3f3): recall 100% (20/20), precision 95.2% (20/21): all twenty found, none missed; the one wrong is 南宫's revenue
after the VAT refunds (剔除留抵退税因素完成6.8亿元), proposed as the local revenue where the labels, as the corpus does,
leave that second basis out; seven proposals of indicators outside the catalogue left out; no label changed.
Six more (`blind241`, reviewing 2014, 2017, 2018, 2021 and 2024 twice, districts of provincial capitals and
sub-provincial cities in Zhejiang, Jiangsu, Sichuan and Hubei: four work reports delivered January 2015 to January 2025 and two
plan reports of 2022 and 2025) were found in the stored pages: 滨江区's plan report on 2024, given in writing to the Hangzhou
district's congress and dated 6 June 2025 on its own site (results final, the Hangzhou congresses of 2025 having sat in May and
June; its table of targets and results copied with | between cells, to its fourth row: GDP 6 as 2024's target, 固定资产投资 on
two bases, 区内 力争300亿元 labelled 300 with its result 337.1 and 全区 350亿元以上 with 414.8, the prose's 含特别合作区（园）投资
as 固定资产投资; 与经济增长同步 as the local revenue's target; figures both the prose and the table give labelled once), 浦口区's
plan report on 2021 as the Nanjing district CPPCC's site files it (可比价增长8%, 外贸进出口总额 in 亿元, 实际使用外资 in 亿美元,
全体居民人均可支配收入), 成华区's work report of 29 January 2019 as the Chengdu district's chamber of commerce reposts it
(同口径 revenue as the local revenue, 服务业增加值 as the tertiary sector's), 玄武区's of 7 January 2025 from a report-collection
site (the GDP's growth by quarters not labelled), and 蔡甸区's of January 2015 on the Wuhan district's own site (its date line
lost its month, —201517日, kept; 公共财政收入 as the total revenue, as the next year's report puts 地方公共财政预算收入 under it;
万元GDP能耗下降3.6%二氧化碳减排4.1% as the energy and the carbon intensity, 下降3.6 and 减排4.1) and of 27 December 2017 as a
site of official documents gives it (外贸出口 in 亿美元 as 出口总额); thirty-seven searches for work and plan reports of the districts
of 广州, 杭州, 南京, 武汉, 成都, 西安, 济南, 郑州, 沈阳, 哈尔滨, 长春, 大连, 青岛, 宁波, 福州, 贵阳, 南宁, 太原 and 兰州 (滨江,
浦口, 金水, 雨花台, 郫都, 长安, 东西湖, 槐荫, 崂山, 北仑, 观山湖, 建邺, 武侯, 莲湖, 甘井子, 城阳, 秦淮, 从化, 香坊, 皇姑,
小店, 青秀, 仓山, 江汉, 成华, 云岩, 富阳, 章丘, 城关, 江宁, 雁塔, 栖霞, 蔡甸, 南关) reached also reports the corpus holds
(西海岸新区 2018, 武昌区 2019, 番禺区 2023, 阿城区 2011, 台江区 2016, 雁塔区 2016 and 2025, 双流区 2023, 余杭区 2009 and 2015),
copies in traditional characters (北仑区 2024, 花都区 2016 and 2026, 济南市中区 2016), openings that give five-year figures only or
break off before the year's (郫都区 2021, 成华区 2016, 2021 and 2023), news of congresses whose openings give five-year targets,
milestones or no figures (香坊区 2016, 浦口区 2026, 江宁区 2025, 城阳区 2025, 江汉区's resolution of 2018), 蔡甸区's digest of
2019, statistical bulletins (北仑区 2021, 江北区 2022), a district whose name the copy hides (XX区 2024), districts of
prefecture-level cities (汉滨区, 水城区, 萨尔图区, 北林区, 万秀区) and the capitals' own reports; 蔡甸区's report of December
2015 was set aside for its name (caidian-2015-gwr holds the one of January 2015);
the six were labelled by hand before extraction ran on them (71 labels), and scored once on the branch as it stood
(b3cae87): recall 67.6% (48/71), precision 77.4% (48/62): 浦口区's fourteen, 成华区's ten and
蔡甸区's fourteen of 2017 found, and 蔡甸区's 2014 GDP, investment, retail sales and energy; missed eighteen of 滨江区's nineteen figures (all
but its worded revenue target), eleven of its results proposed as expected where the labels say final (the copy gives neither the
session's date nor 预计; its page is of June 2025) and its 区内 target 力争300亿元 proposed as an expected result: twelve of the
wrong; 玄武区's GDP of 2024 (1368.6 and 4.7, written after the growth by quarters: 全年完成1368.6亿元、同比增长4.7%), 蔡甸区's
公共财政收入 of 2014 (42.57 and 10.1) proposed as the local revenue where the labels say total (the other two wrong), and its
减排4.1; ten proposals of indicators outside the catalogue left out; no label changed.
Five more (`blind243`, reviewing 2015, 2017 and 2019 in Hubei, work reports of a prefecture-level city, two
county-level cities and a county delivered February 2016 to January 2020) were found in the stored pages: 洪湖's
report of 19 February 2016 on a mirror of the city's site (2015's results with no 预计: expected, 财政总收入 as
一般公共预算总收入, 城乡居民人均可支配收入分别增长10.4%、8.4% one side each, 实际利用外资6000万美元) and its report of 29
December 2019 on a writing-help site (named by its delivery, its one catalogue figure 规上工业增加值增长11%); 荆州's
report of 5 January 2020 as the document site 公文搜 runs it together, its paragraph marks written as line breaks
and its spaces inside numbers kept and labelled as written (增长7. 5%, 增长1 1.5%); and, from the same site with its
fixed-width lines breaking words, the summary of 仙桃's report and 监利's report on 2017, neither with a date line
(delivered around the turn of 2017 and 2018, named by the site's titles, 2017; 预计: expected); 荆州's and 监利's stored
pages give no address, and their url column says so, as hebei-2025-gwr's does; thirty-five searches, first by the
words such reports use for 2014–2019 (预计全年, 全县, 旗, 隆重开幕, plan reports of counties and districts) and then
naming the county-level cities and counties of Hubei, Hunan and Jiangxi the corpus lacks one after another (麻城,
洪湖, 石首, 武穴, 枝江, 汉川, 松滋, 蕲春, 赤壁, 老河口, 利川, 安陆; 耒阳, 资兴; 贵溪, 乐平), reached mostly reports
the corpus holds (洞头 2016, 蠡县 2017, 理县 2018, 镇安 2015 and 2016, 黄梅 2016, 桂阳 2016, 上杭 2020, 浮山 2019, 淄博
2019, 珠海 2019, 河北 2019, 新巴尔虎左旗 2018, 正蓝旗 2019, 嵊州 2016, 湖北 2018, 黄石 2016, 宜都 2018, 黄冈 2018, 鄂州
2018, 沅陵 2018, 六盘水 2019, 淳安 2018, 丹江口 2019, 山东 and 广东 on 2019), copies in traditional characters
(娄烦 2017, 延长 2017, 涪城区 2019, 章贡区 2019, 甘肃 2015, 岳阳 2017, 芷江 2016, 赣州 2018), openings that stop
before the year's figures (济阳 2018, 汤阴 2016, 息县 2016, 隆回, 衡阳 2018, 盐源 2016), reviews of five or ten
years (石首, 蕲春, 濮阳), statistical bulletins, mid-year and three-quarter accounts and a district government's
plenary meeting, so that the set holds no plan report; the five were labelled by hand before extraction ran on them
(42 labels), and scored once on the branch as it stood (8521439): recall 100% (42/42), precision 100% (42/42): all
forty-two found, none missed, none wrong (twenty-seven proposals of indicators outside the catalogue left out); the
cites test passed; no label changed.
Four more (`blind244`, reviewing 2015, 2019, 2021 and 2023 in Guangdong, work reports of county-level cities delivered
January 2016 to February 2024) were found in the stored pages: 化州's of 29 January 2016 as a mirror of the city's news
site reports it (its dropped characters, 第次会议 and 129日, kept; 2015's levels labelled, the five-year average growths
beside them not), 吴川's of 19 May 2020 on the city government's site (2019's results final, given in May; 实际利用外资 in
万美元; to the last whole clause before the copy breaks off), 高州's of 18 January 2022 as a local site reports it (社会消费品
销售总额, the copy's slip, as the retail sales; 固定资产投资实现正增长 and 完成上级下达的能耗强度控制目标任务 as worded targets)
and 普宁's of 28 February 2024 as the city government's site summarises it; the set was asked for copies on the sites of
county people's congresses and development and reform bureaus, and forty-one searches reached none the corpus lacks that
gives a year's figures: 洞头区's plan of 2016 on its congress's site (held), 城口's plan of 2025 on its development and
reform commission's page (an opening that breaks off before the figures), 平武's mid-year report of 2019 from its bureau
(half-year figures only), 崇信's congress opinion on a mid-year report and 陆良's and 永德's congress news (no figures);
they reached also reports the corpus holds (澧县 2024, 宝丰 2024, 牟定 2022, 开阳 2023, 景东 2023, 双柏 2020, 浮山 2019,
巨野 2025, 崖州 2021, 上饶县 2019, 安次 2020, 汉滨 2025, 镇安 2016, 三穗 2011, 五莲 2013, 静宁 2011, 淳安 2018, 黄龙 2026,
通化县 2026, 济源 2026, 陆丰 2022, 霞山 2025), copies in traditional characters (涪城 2019, 西华 2019, 石台 2024, 惠安 2024,
普宁 2021, 张家川 2013, 宜都 2025), openings without the year's figures (会同 2024, 新晃 2024, 沙洋 2019, 石柱 2019, 大城
2019, 洱源 2023, 海丰 2024), statistical bulletins, templates with XX for the figures and prefecture-level cities, before
Guangdong's county-level cities named one after another (化州, 信宜, 廉江, 电白, 普宁, 英德) gave the four; so the set holds
no plan report and no copy from a congress's site;
the four were labelled by hand before extraction ran on them (39 labels), and scored once on the branch as it stood
(8470a12): recall 94.9% (37/39), precision 100% (37/37): all of 化州's, 吴川's and
普宁's figures and 高州's other twelve found; missed 高州's two results of the retail sales written with the copy's slip
(社会消费品销售总额243.51亿元，增长8.52%), which the labels keep as the retail sales; none wrong; seven proposals of
indicators outside the catalogue left out; no label changed.
Four more (`blind245`, reviewing 2020, 2023 and 2025 in Hunan, work reports of the province and three counties
delivered December 2020 to February 2026) were found in the stored pages: 湖南's report of 3 February 2026 on a mirror
site (5.53万亿元 labelled with its written unit; the local revenue's growth on both bases, 1.7 and 同口径 2.5%以上;
农村居民收入 as the rural income; 粮食产量突破620亿斤 a milestone in 亿斤, not labelled), 新邵's report of 26 December
2020 on the county government's site (its dropped characters, 在20201226邵县 and 24.622.952.5, kept; the five-year
average growths not labelled; 财税总收入 given no catalogue name), 茶陵's report of 1 February 2021 on a page whose
stored text gives no address (its url column says so), and the first part of 攸县's report of early 2024 as an article
app gives it, with no date line (its results labelled expected); forty-three searches, naming the counties and
county-level cities of Hunan and Jiangxi the corpus lacks one after another (攸县, 醴陵, 茶陵, 祁阳, 湘阴, 宁乡, 涟源,
冷水江, 平江, 邵东; 信丰, 瑞昌, 婺源, 南康, 井冈山, 鄱阳, 贵溪, 高安, 上栗, 余江, 宁都, 上高, 泰和, 修水, 兴国, 万载,
乐平, 分宜, 浮梁) and asking for county reports of 2025 and 2026, plan reports of counties and districts and the
titles of document sites, reached also reports the corpus holds (进贤 2018, 长沙县 2022 and 2025, 大余 2017, 南昌 2022 and
2023, 吉安 2015, 永州 2025, 靖安 2024, 湖南 2022 to 2024, 铜鼓 2022, 于都 2022, 君山 2022, 宜丰 2008, 长沙 2014),
copies in traditional characters (醴陵 2022, 九江 2013, 章贡 2018, 东乡 2024, 临川 2024, 宁都 2021, 吉安县 2025, 万载 2015,
上饶 2023, 南县 2021, 麻阳 2025), openings that stop before the year's figures (隆回 2024, 南康 2022, 宜黄 2022, 上高 2023,
泰和 2022, 武宁 2021, and a later page only of 宁都 2024), statistical bulletins (平江, 宁乡, 都昌, 湖口, 宁都, 上高),
prefecture-level cities outside the levels asked for (永州 2017, 邵阳 2014 and 2022, 萍乡 2020) and 信丰's account of its
2023 assessment, so that the set holds no report of Jiangxi and no plan report;
the four were labelled by hand before extraction ran on them (24 labels), and scored once on the branch as it stood
(cfc2c18): recall 87.5% (21/24), precision 100% (21/21): all of 攸县's, 新邵's and nine of 湖南's
figures and 茶陵's other nine found; missed 湖南's GDP growth of 2025, written after the level and a ranking
(达到5.53万亿元、稳居全国前十强、增长4.8%), and 茶陵's local revenue under its older name (完成地方财政预算收入8.11亿元，
增速由负转正，达到5.11%), which the labels keep as 地方一般公共预算收入; none wrong; twelve proposals of indicators
outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind246`, reviewing 2009, 2019, 2022 and 2025 in Guangdong and Guangxi, work reports of a county, a
district and two county-level cities delivered March 2010 to early 2026) were found in the stored pages: 梅县's of 24 March
2010 on the district government's site (the county's report after meixian-2009-gwr's; 2009's results expected; 工业增加值,
all industry, not labelled), 兴宁's of 2020 as the Meizhou news site reports its session (opened on the 18th, no month
given, the review covering 2019 and 今年以来: held late that year, so 2019's results, given without 预计, labelled final;
全体居民人均可支配收入 as all residents'), 柳北区's of 8 January 2023 on the district government's site (its declines
labelled as written, 下降5.6 and 下降10.2) and 罗定's of early 2026 as the document site 管理制度 gives it without its date
line (2025's results expected; 外贸进出口总额 in 亿元; 常住人口城镇化率预计达39%); twenty-six searches, naming counties,
districts and county-level cities of Guangxi (阳朔, 博白, 平果, 北流, 容县, 岑溪, 桂平, 合浦, 藤县, 武鸣, 柳江, 临桂) and
Guangdong (台山, 罗定, 兴宁, 惠来, 开平) one after another and asking for county reports of 2009 and 2012 by their words,
reached also reports the corpus holds (佛冈 2025, 梅县区 2016, 梅县 2009, 横州 2026, 苍梧 2024, 开平 2025, 万秀 2023),
copies in traditional characters (金秀 2024, 遂溪 2016, 徐闻 2020, 兴宁 2023, 桂平 2023, 藤县 2007), an opening without
the year's figures (昭平 2025), a template with blanks for the figures (兴宁 2021), mid-year news (柳江, 临桂, 藤县),
statistical bulletins (罗城, 浦北) and prefecture-level cities (玉林, 崇左, 贵港, 惠州, 梅州), so that the set holds no
plan report; the four were labelled by hand before extraction ran on them (35 labels), and scored once on the branch as
it stood (d66df11): recall 77.1% (27/35), precision 77.1% (27/35): all of
梅县's, 柳北's and 罗定's figures found; 兴宁's eight found at the right levels but not as labelled: its six results of
2019 proposed as expected where the labels say final (the copy gives no month, the labels reading the late session
from its 今年以来), and its 全年完成固定资产投资60.1亿元、比增12.9% proposed as targets of 2020, so eight missed and eight
wrong; ten proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Six more (`blind247`, reviewing 2019, 2021, 2023 and 2024 in Anhui and Henan, work reports of counties delivered December
2019 to January 2025) were found in the stored pages: 太湖's of 30 December 2019 as a document site gives a PDF's text layer (a
line break around most numbers, 增长⏎8%；, kept; 财政收入 as the total revenue), 蒙城's of the same day from a writing-help site
(财政收入35亿元 as the total revenue, 规模工业增加值 as the above-scale industry, trade in 亿美元; 完成能耗“双控”年度目标 not
labelled), 五河's of 20 December 2021 on the county government's site (服务业增加值 as the tertiary sector's), 郸城's on 2023 as
the Henan county's site gives it in a short form with no date line (three growths), 固镇's of 29 December 2024 on the county's
open-information site and 太和's of 24 January 2025 from a county investment group's site (two figures; a comparison with the
province's and city's averages shared by an open list not labelled); fourteen searches naming the counties of 信阳, 阜阳, 周口,
驻马店 and 许昌 (固始, 光山, 临泉, 太和, 颍上, 鹿邑, 郸城, 沈丘, 正阳, 新蔡, 长葛) and asking for Henan counties' plan reports and
older work reports reached also reports the corpus holds (霍邱 2024, 封丘 2025, 临颍 2024, 叶县 2024, 濉溪 2023, 商城 2007, 息县
2022, 西峡 2023, 获嘉 2011, 中牟 2007, 浚县 2013, 新县 2019, 新密 2021, 新郑 2024, 郏县 2024), copies in traditional characters (和县
2018, 固始's and 鹿邑's mid-year accounts, 长葛's congress news), openings without the year's figures (太和 2026, 郸城 2023 as a
paper reads it), a county's plan of 2007 that names no county, mid-year accounts (西平 2015), a congress's survey (汝南 2024),
an English translation (嵩县 2010), prefecture-level cities and statistical bulletins; no Henan or Anhui plan report of a county
the corpus lacks was reached, so the set holds none;
the six were labelled by hand before extraction ran on them (41 labels), and scored once on the branch as it stood
(5382a3f): recall 92.7% (38/41), precision 92.7% (38/41): all of 固镇's, 太湖's, 五河's, 蒙城's and 太和's figures found;
missed 郸城's three growths of 2023 (固定资产投资增长12.3%, 规上工业增加值增长8.1%, 社会消费品零售总额增长6.5%), the short
form's results, given under a heading with no year (抓运行、稳增长…) after a slogan opening 2023年, proposed as 2023's targets
(three misses and three wrong proposals, the values all found); twenty proposals of indicators outside the catalogue left out; the cites
test passed; no label changed.
Three more (`blind248`, reviewing 2016, 2017 and 2024 in Sichuan, county and district work reports delivered December
2016 to February 2025) were found in the stored pages: 新津's of 20 December 2016 as a report-collecting site gives it
(a five-year review whose spans end at 2016's levels, labelled, their 2011 starts, average growths and the cumulative
energy drop not), 泸县's of 17 January 2018 on the site 官场 (2017's results 预计; 突破300亿 a milestone, not labelled)
and 通川区's of 24 February 2025 as 川观新闻 reports it (空气质量优良率 as the share of good air days, 新增城镇就业6890人 with
its written unit; the corpus held the district's report reviewing 2025, not 2024); the set was asked for the counties
and districts of Sichuan and Guizhou named one prefecture after another (宜宾, 南充, 达州, 泸州, 绵阳, 眉山, 广安, 阿坝, 自贡 and
内江, 遂宁, 巴中, 雅安, 成都's counties; 遵义, 毕节, 铜仁, 黔南, 黔东南, 安顺, 贵阳's counties, 六盘水), for county plan reports
and for Guizhou's own reports, and forty-six searches reached no Guizhou copy the corpus lacks that gives a year's
figures: they reached reports the corpus holds (兴文 2018 and 2020, 荣县 2020, 播州 2024, 黎平 2021 and 2022, 渠县 2023,
沐川 2023, 安居 2021, 理县 2017, 三穗 2010, 石棉 2021, 邛崃 2020, 遵义 2019, 六盘水 2018, 黔西南 2020, 贵州 2014 and 2017, 四川
2024), copies in traditional characters (宣汉 2020, 麻江 2019, 涪城 2018, 雷山 2011, 贵州 2023, 六盘水 2023), openings that
stop before the year's figures (长宁 2022, 水城 2022, 自流井 2022, 荥经 2017, 贵州 2022 and 2024), reviews of five years with
average growths only (安岳, 石棉, 崇州), prefecture-level cities (绵阳, 遂宁, 泸州, 宜宾), a mid-year report, statistical
bulletins and an unnamed district's briefing; so the set holds no plan report and nothing from Guizhou;
the three were labelled by hand before extraction ran on them (22 labels), and scored once on the branch as it stood
(8070a3c): recall 100% (22/22), precision 100% (22/22): all twenty-two found, none missed, none wrong
(seven proposals of indicators outside the catalogue left out); the cites test passed; no label changed.
Three more (`blind249`, reviewing 2017, 2018 and 2019 in Shandong and Hebei, work reports of a district, a county and a
county-level city delivered January 2018 to January 2020) were found in the stored pages: 峄城区's of 16 January 2018 on
the district government's own site (地方财政收入 as the local revenue; its 可用收入增长3.98%, another quantity, not
labelled), 文安's of early 2019 as a mirror site gives it from the greeting on, with no title or date line (全部财政收入 as
一般公共预算总收入, 服务业增加值 as 第三产业增加值; its results taken as expected, Hebei's county congresses meeting in
January and February) and 莱州's of 6 January 2020 as the document site 公文搜 gives it, with fixed-width lines breaking
sentences and ;; where its quotation marks were (kept); forty searches were made, naming counties of Hebei (枣强, 安平,
饶阳, 永清, 大城, 固安, 献县, 定兴, 怀安, 平泉, 泊头, 隆化, 涞水, 迁西, 涉县, 怀来, 昌黎, 晋州, 任丘, 涿州) and of
Shandong (宁津, 齐河, 临邑, 郯城, 阳信, 曹县, 汶上, 莱阳, 诸城, 宁阳, 博兴, 利津, 费县, 峄城) one after another, with
two searches for plan reports of counties and two by a report's words; they reached mostly reports the corpus holds
(饶阳 2022, 蠡县 2017, 沂源 2013, 五莲 2013, 东昌府区 2019, 霸州 2022, 平阴 2019, 魏县 2023, 滦南 2024, 乐亭 2007, 大厂
2014, 藁城 2018, 东阿 2015 and 2023, 荣成 2024, 沂南 2021, 苍山 2012, 青龙 2026, 巨野 2025), copies in traditional
characters (沙河 2017, 郯城 2023, 兰陵 2024, 信都区 2024, 利津 2019, 汶上 2009), openings without the year's figures or
reviews of five years (大城 2019, 围场 2021, 利津 2020, 惠民 2022), later pages whose year or county the stored text does
not give (怀安's targets, 诸城's, a Hebei county's item on farming), mid-year accounts (莱阳 2022, 齐河) and
prefecture-level cities, so that the set holds no plan report;
the three were labelled by hand before extraction ran on them (30 labels), and scored once on the branch as it stood
(8b64c89): recall 100% (30/30), precision 100% (30/30): all thirty found, none missed, none wrong; three
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Six more (`blind250`, reviewing 2008, 2017, 2018, 2019 twice and 2023 in Zhejiang and Fujian, work reports of
counties and county-level cities delivered 2009 to December 2023) were found in the stored pages: 遂昌's of 2009 on the
county government's site (2008's results with no 预计: expected; 财政总收入 as 一般公共预算总收入, 外贸出口总额 in 亿美元,
农村居民人均纯收入, 人口自然增长率1.42‰, and 合同利用外资4670万美元，实际到位2189万美元 the amount used alone, as
minhang-2011-gwr's), 龙泉's of 13 March 2018 as the city's news station quotes it (城镇化率提升至61.2% as 常住人口城镇化率),
仙居's of 22 February 2019 on the county government's site, 武夷山's of 17 January 2020 on a writing-help site (增幅8% as
the incomes' growths), 泰宁's of late 2019 run together on one line on another such site (growths only, named by its
title, 2020) and 寿宁's of 27 December 2023 on a document site (named by its delivery, 2023); twelve searches naming
the counties of Zhejiang and Fujian the corpus lacks (文成, 长汀, 龙泉, 遂昌, 安溪, 永春, 仙居, 德化, 武夷山, 宁化, 建宁,
泰宁) and asking for county congresses' openings and county plan reports reached also reports the corpus holds (松溪
2019, 福安 2022, 闽清 2019, 诸暨 2021, 平阳 2021, 淳安 2018, 建宁 2023, 浙江 2008), copies in traditional characters
(漳平 2025, 龙岩 2022, 诏安 2026, 宁化 2024), a template with XX for the year (上杭), a yearbook's entry (文成), the
openings of 浙江 2005 and 仙游's news of 2024 and 2025 without the year's figures in a report's words, half-year and
yearly statistics (德化, 武夷山) and no plan report of a county, so the set holds none;
the six were labelled by hand before extraction ran on them (68 labels), and scored once on the branch as it stood
(da5b426): recall 98.5% (67/68), precision 100% (67/67): all of 龙泉's, 仙居's, 武夷山's, 泰宁's and 寿宁's figures
and 遂昌's other seventeen found; missed 遂昌's foreign capital used written as 实际到位2189万美元 after the contracted
amount, which the labels keep as 实际利用外资; none wrong; twenty-one proposals of indicators outside the catalogue left
out; the cites test passed; no label changed.
Five more (`blind251`, reviewing 2016, 2019, 2020, 2022 and 2024 in Jiangsu, work reports of counties and
county-level cities delivered 2017 to 2025) were found in the stored pages: 丹阳's summary of 17 January 2017 in the
city's yearbook (规模以上固定资产投资 as 固定资产投资, 单位地区生产总值能耗下降3.8% as 下降3.8), 如东's of 16 January 2020
on the county government's news page (同比略有增长 as a worded growth of the local revenue, 首次突破千亿大关 a milestone),
沛县's of 13 January 2021 on a local portal (全口径财政总收入 as 一般公共预算总收入; the five-year averages and the grain's
连续五年超过12亿斤 not labelled), 宝应's of 10 January 2023 run together on a forum (同口径增长9.8% as the local revenue's
growth, 外资到账8000万美元 as 实际利用外资) and 沛县's of 8 January 2025 on a mirror of the county's disclosure page
(双超千亿 a milestone); sixteen searches naming the counties of Jiangsu the corpus lacks (沛县, 睢宁, 丹阳, 邳州, 泗洪,
靖江, 句容, 宝应, 溧阳, 如东, 高淳, 新沂, 启东) and asking for county plan reports and older county reports reached also
reports the corpus holds (泗阳 2019, 沭阳 2019, 洪泽's plan of 2022 filed as a bulletin), copies in traditional characters
(金坛 2024, 泗洪 2021, 句容 2014 and 2024, 启东 2018 and its plan of 2021, 海门 2006, 泰兴's figures of 2009, 东海's term
review), 江阴's of 2023 breaking off before its figures, news of meetings (靖江 2025, 如东 2018, 句容 2026), statistical
bulletins (江都 2008, 如东 2021), five-year plans (沛县, 睢宁, 如东) and cities' reports (宿迁, 徐州, 常州, 镇江), and no
plan report of a county, so the set holds none;
the five were labelled by hand before extraction ran on them (36 labels), and scored once on the branch as it stood
(7534765): recall 91.7% (33/36), precision 100% (33/33): all of 沛县's two reports' and
如东's other seven, 丹阳's other twelve and 宝应's other eight found; missed 丹阳's local revenue growth written 同比口径增长3.6%,
如东's worded 同比略有增长 and 宝应's 外资到账8000万美元, which the labels keep as 实际利用外资; none wrong; fourteen
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Three more (`blind252`, reviewing 2019 and 2022 twice in Shanxi and Shaanxi, work reports of a county and two
county-level cities delivered February 2020 to April 2023) were found in the stored pages: 汾阳's of April 2023 on the
city government's site (its date line's digits and session number lost, the fourth session by the review's 市七届人大三次会议;
final; 一般公共预算收入 as the local revenue, 粮食总产量1.73亿公斤 with its unit written, 万元GDP能耗下降17% as
万元生产总值能耗, 分别增长6.5%5.2% with no 、 one label a side), 子长's of 13 February 2023 on 维基文库 (地方财政收入 as
the local revenue) and 佳县's of 21 April 2020 on a mirror site (final; 全社会消费品零售总额 as 社会消费品零售总额, named
jiaxiansx as jiaxiansx-2025-gwr); twenty-one searches naming counties of 吕梁, 渭南, 晋中, 长治, 汉中, 榆林, 咸阳 and
西安 (柳林, 蒲城, 孝义, 汾阳, 韩城, 富平, 平遥, 神木, 洋县, 襄垣, 勉县, 靖边, 临县, 三原, 介休, 周至) and asking for
county plan reports and older reports reached also reports the corpus holds (定边 2023, 灵丘 2023, 交城 2023, 和顺 2023,
夏县 2024, 陵川 2026, 浮山 2019, 大荔 2015, 镇安 2015, 永济 2021, 雁塔 2025), copies in traditional characters (柳林
2023, 平利 2016, 延长 2017, 府谷 2023), openings without the year's figures (澄城 2018, 汉滨 2021, 周至 2024), a copy
whose figures the page stripped (昔阳 2009), a county's working points and a bureau's summary (凤翔 2025, 中阳 2024),
news items (蒲城 2023, 韩城 2016, 柳林 2025), statistical bulletins and a machine-written page, and no plan report of a
county with its figures in its opening, so the set holds none;
the three were labelled by hand before extraction ran on them (31 labels), and scored once on the branch as it stood
(179ccb9): recall 100% (31/31), precision 100% (31/31): all thirty-one found, none missed, none wrong; eleven
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Five more (`blind253`, reviewing 2021, 2022, 2023 twice and 2025 in Yunnan and Gansu, work reports of counties and
districts delivered January 2022 to February 2026) were found in the stored pages: 陆良's of 4 January 2023 on a
document site (growths only, to the last whole clause before the copy breaks off; 县内生产总值 as 地区生产总值), 麦积区's
of 27 December 2023 on the district government's site (named by its delivery, 2023; its date line written ——20231227日,
its urban income 36590 with no 元), 晋宁区's of 31 January 2024 as a news account on 网易新闻 gives it (规模以上固定资产投资
75.47亿元 in the summary and 固定资产投资75.5亿元 later both labelled), 宜良's of 12 January 2022 on a writing-help site
(a review of five years: the spans' ends, 245亿元 and 9.37亿元, labelled as 2021's results) and 镇康's of 25 February
2026 as the county government's news quotes it (the spans' ends 88.08亿元, 39138元 and 18409元 as 2025's); forty-six
searches naming the counties and districts of Yunnan and Gansu the corpus lacks (腾冲, 陆良, 成县, 临泽, 罗平, 会泽, 永胜,
秦安, 通海, 镇雄, 宣威, 武都, 建水, 会宁, 祥云, 陇西, 勐海, 勐腊, 敦煌, 临洮, 富源, 昌宁, 古浪, 呈贡, 安宁, 麦积, 武山,
嵩明, 宜良, 华亭, 凉州, 崆峒, 麒麟 and others) and asking for county congresses' openings and county plan reports reached
also reports the corpus holds (牟定 2022 and 2024, 双柏 2020, 景东 2023, 景谷 2026, 德宏 2025, 玉门 2023, 五华区 2023,
甘州区 2026, 兰州 2023), copies in traditional characters (鹤庆 2018, 易门 2022, 张家川 2013, 凉州区 2024), openings
without the year's figures or reviews of five years in average growths only (临夏县 2021, 东川区 2026, 弥勒 2026, 洱源
2023, 马关 2010, 麒麟区 2023), 西峰区's of November 2021 with the first three quarters' figures alone, later pages of
reports without their titles (勐海's and 勐腊's), machine-written summaries (镇原, 沧源), statistical bulletins and
Shaanxi's 陇县, and no plan report of a county, so the set holds none;
the five were labelled by hand before extraction ran on them (30 labels), and scored once on the branch as it stood
(f424007): recall 76.7% (23/30), precision 85.2% (23/27): all of 陆良's, 宜良's and 镇康's figures, eleven of 麦积区's
and two of 晋宁区's found; missed 麦积区's urban income and its growth written with no 元 and no stop before the rural
income (城镇居民人均可支配收入36590增长8%农村…), and 晋宁区's 固定资产投资75.5亿元 of the paragraph on projects and four
of its summary (地区生产总值224.53亿元 and 9.1%, 一般公共预算收入14.03亿元, 社会消费品零售总额47.01亿元), which were
proposed as 2023's targets where the labels say expected (the account, a news page, gives the session's day without its
year, and its results no 预计): the four wrong; six proposals of indicators outside the catalogue left out; the cites
test passed; no label changed.
Four more (`blind254`, reviewing 2018, 2019 twice and 2024 in Inner Mongolia and Liaoning, three work reports
of banners and a county-level city and a district's plan report, delivered December 2018 to January 2025) were found
in the stored pages: 阿拉善左旗's of 29 June 2020 on a writing-help site (2019's results given in June: final;
500万元以上固定资产投资 as 固定资产投资), 乌拉特前旗's of early 2020 as a chapter of an e-book on a reading site, opening
inside the review with no title and naming no banner (the banner taken from 乌梁素海 and 乌拉山 in its words; 公共财政预算收入
as the local revenue, 城乡居民收入 as the per-capita disposable incomes), 九原区's plan report of 20 January 2025 on the
district government's site (固定资产投资保持正增长 a worded result; 增长4.6%、6%左右 labelled 4.6 and 6%左右) and 北票's
of 22 December 2018 on a document site (named by its delivery, 2018); thirty-one searches naming the counties, banners
and districts of Liaoning (瓦房店, 海城, 凤城, 昌图, 宽甸, 新民, 法库, 桓仁, 庄河, 绥中, 彰武, 北票, 东港, 甘井子区, the
districts of 沈阳) and of Inner Mongolia (宁城, 扎兰屯, 敖汉, 乌审, 开鲁, 喀左, 杭锦后旗, 奈曼, 托克托, 凉城, 鄂托克,
莫力达瓦, 乌拉特前旗) one after another, with three searches for plan reports of counties, banners and districts,
reached mostly reports the corpus holds (旅顺口区 2022, 化德 2024, 北镇 2014, 建平 2018, 盘山 2022, 苏尼特右旗 2022,
东洲区 2024, 克什克腾旗 2013, 正蓝旗 2018, 新宾 2023, 法库 2019, 庄河 2020, 新巴尔虎左旗 2017, 察右后旗 2022,
兴隆台区 2008, 辽阳县 2019, 朝阳县 2022, 科右前旗 2023, 沈河区 2021 to 2023), copies in traditional characters
(固阳 2024, 克什克腾旗 2024, 长海 2023, 法库 2003, 新宾's mirror), reviews of four or five years without the year's
figures (海城 2025, 兴和 2021, 和林格尔 2010, 西乌珠穆沁旗 2021, 苏尼特左旗 2021, 新民 2021, 东乌珠穆沁旗 2021), a
plan report whose opening stops before its figures (正蓝旗 2024), a later page of a report (彰武 2023), yearbooks'
entries, statistical bulletins and prefecture-level cities;
the four were labelled by hand before extraction ran on them (42 labels), and scored once on the branch as it stood
(fdc0f6f): recall 100% (42/42), precision 100% (42/42): all forty-two found, none missed, none wrong; eight
Three more (`blind255`, reviewing 2016, 2021 and 2024 in Heilongjiang, work reports of districts delivered December
2016 to January 2025) were found in the stored pages: 南岗区's of 14 December 2016 on the district's own site (the corpus
holds its report of 2015; this one's review of five years gives the incomes' end levels, 由22917元增加到37900元, as the
year's, its five-year totals of 地区生产总值4810亿元 and the like not labelled), 萨尔图区's of 18 December 2021 on the
document site bx2200 (2021年地区生产总值预计实现151.7亿元, 高新技术企业数量由4家增长到24家 as the count of 2021, the
five-year averages not labelled) and the second page of 铁锋区's of 14 January 2025 on the same site, which opens at the
targets of 2025 (一般公共财政预算增长8% as the local revenue, GDP突破百亿元 as a target written as a threshold, with its
whole written unit); forty searches were made, naming counties, county-level cities and districts of Jilin (榆树, 梅河口,
珲春, 敦化, 延吉, 图们, 和龙, 集安, 抚松, 临江, 前郭, 长春's districts) and of Heilongjiang (五常, 宝清, 虎林, 密山, 鸡东,
林口, 宁安, 海林, 穆棱, 东宁, 肇东, 安达, 海伦, 肇源, Harbin's, Daqing's and Qiqihar's districts), with searches for plan
reports of counties and of the two provinces and for county congresses' openings; they reached mostly reports the corpus
holds (北林 2025, 友谊 2024, 桦川 2023, 木兰 2023, 龙井 2026, 通化县 2026, 梨树 2019, 道里 2005 and 2010, 翠峦 2016, 吉林市
2011, 四平 2012, 延边 2015 and 2021, 长春 2024 and 2025, 通化 2025, 吉林 2020 and 2026, 黑龙江 2023), copies in
traditional characters (呼兰 2017, 前郭's account of 2008, a forest city's of 2017), openings without the year's figures
or with five-year figures alone (虎林 2025, 肇源 2021, 道里 2023 and 2026, 大庆 2022, 前郭's second page), a report whose
county the stored text does not give (a county of 大兴安岭 2024), newspapers' and Korean accounts of the provinces'
reports and statistical bulletins and yearbooks, so that the set holds no plan report and no report of Jilin;
the three were labelled by hand before extraction ran on them (10 labels), and scored once on the branch as it stood
(f5303a5): recall 80% (8/10), precision 61.5% (8/13): all
of 萨尔图区's and 南岗区's labels and 铁锋区's other four targets found; missed 铁锋区's GDP突破百亿元 (a target with
its whole written unit) and 一般公共财政预算增长8% (the revenue named without 收入); wrong 南岗区's five-year totals read
as the figures of 2016 (预计完成地区生产总值4810亿元, 地方公共财政预算收入205亿元, 固定资产投资2632亿元, 规模以上工业增加值
863亿元, 社会消费品零售总额4489亿元, after 2012年—2016年), which the labels leave out as no figures of the year; four
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind256`, reviewing 2022 and 2025 in Hubei, work reports of a county-level city and a county
delivered December 2022 and about the turn of 2026) were found in the stored pages: 赤壁's of 28 December 2022 as
Wikisource transcribes it, kept to its last whole clause (预计地区生产总值570亿元，增长10%（现价）；, the copy breaking off
at 规; named by its delivery, 2022), and 通城's reviewing 2025 and the five years as a document site gives it, with no
date line (named by its title, 2026; 预计地区生产总值达到242亿元, the five years' last level, labelled as 2025's GDP);
the set was asked for the counties, districts and county-level cities of Hubei and Jiangxi, and forty-nine searches
naming them one prefecture after another (荆州's 石首, 松滋, 公安, 江陵, 洪湖; 黄冈's 麻城, 武穴, 浠水, 蕲春; 咸宁's 赤壁,
通山, 通城; 恩施's 利川, 巴东; 孝感's 汉川; 宜昌's 当阳, 秭归; 襄阳's 南漳; 荆门's 京山; 十堰's 郧西, 竹溪; 赣州's 兴国,
宁都, 信丰, 南康; 上饶's 鄱阳; 九江's 修水, 瑞昌, 都昌, 武宁; 宜春's 高安; 鹰潭's 贵溪, 余江; 景德镇's 乐平, 浮梁;
吉安's 安福, 泰和; 萍乡's 芦溪; 新余's 分宜), asking for county plan reports of both provinces and for
洪湖's reports of 2021 and 2024, reached mostly reports the corpus holds (黄梅 2016, 进贤 2019, 谷城 2020, 上饶县
2019, 靖安 2025, 于都 2023, 南昌县 2022, 竹山 2021, 洪湖 2016 and 2019), copies in traditional characters (宁都 2022,
章贡 2019, 嘉鱼 2017, 宜都 2025, 竹溪 2024), openings that stop before the year's figures (江陵 2021, 洪湖 2021, 南康 2023,
宜黄 2023, 宁都 2025's later page), congress news without figures (石首 2021, 团风 2026, 京山 2026, 蕲春 2026, 武宁
2022), pages that do not name their county (a 荆州日报 page of 2024 targets, 麻城's likely targets of 2022, a county
plan report of 2008, 丹江口's and 巴东's later pages), mid-year accounts (松滋, 赤壁 2024), statistical bulletins,
encyclopaedia entries and prefecture-level cities (荆州, 咸宁, 鄂州, 南昌, 赣州, 萍乡), so the set holds no plan report and
nothing from Jiangxi;
the two were labelled by hand before extraction ran on them (3 labels), and scored once on the branch as it stood
(d0a1242): recall 100% (3/3), precision 100% (3/3): all three found, none missed, none wrong; one proposal of an
indicator outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind257`, reviewing 2020 and 2021 in Hainan and Qinghai, a county congress's news of February 2021 and
a county's work report of March 2022) were found in the stored pages: 乐东's figures of 2020 as 人民网-海南频道 reported
them from the county congress of 3 February 2021, reposted on 163.com (no headline kept; 地区生产总值 and 固定资产投资,
each in 亿元 and %), and 天峻's work report of 9 March 2022 on a county news site from a printed copy, its fixed-width lines,
spaced numbers and page mark - 2 - kept (下降 9.7 with its space, as shenyang-2023-gwr's 下降 3; 居民人均可支配收入 beside
the urban and rural incomes); the copy names the county only as 县, and 天峻 was identified by the 海西州 site's news of that
session (县长桑周, 3月9日). Fifty searches were made: naming counties and county-level cities of Ningxia (灵武, 平罗, 贺兰,
盐池, 同心, 彭阳), Qinghai (大通, 互助, 格尔木, 民和, 天峻), Xinjiang (库尔勒, 昌吉, 轮台, 玛纳斯, 温宿, 霍城, 奎屯, 和硕)
and Hainan (澄迈, 陵水, 乐东, 五指山, 白沙, 万宁), asking for county plan reports, bx2200-style titles of the four provinces,
news of county congresses and regional wording (三江源 祁连山, 滩羊 枸杞, 援疆 棉花); they reached mostly reports the corpus
holds (中宁 2026, 尉犁 2025, 湟源 2025, 吐鲁番 2025, 塔城 2025, 麦盖提 2021, 中卫 2023, 临高 2023, 琼中 2024 and its work
report's targets, 屯昌 2022, 崖州 2021, 疏附 2023, 文昌 2020, 海南 2020 and 2021 plans, 果洛 2018, 新疆 2017), a plan of 海南
reviewing 2021, a year hainan-2022-gwr holds, copies in traditional characters (和硕 2018, 白沙 2025, 湟中 2024, 乐东 2024,
灵武), statistical bulletins (昌吉 2023, 伊吾 2016), news without the year's figures or without an address (和硕 2025, 伊吾
2024, 秀英 2023, 刚察 2016), prefecture-level reports (中卫, 海南州 2023) and 海南's plan of 2025, whose opening gives no
catalogue figure, so that the set holds no plan report;
the two were labelled by hand before extraction ran on them (13 labels), and scored once on the branch as it stood
(732a583): recall 84.6% (11/13), precision 100% (11/11): all of 乐东's four and 天峻's
other seven found; missed 天峻's rural income and its growth (农村常住居民人均可支配收入 16883 / - 2 - / 元，同比增长 9.7%),
the sentence the page mark - 2 - parts between amount and unit; none wrong; seven proposals of indicators outside the catalogue
left out; the cites test passed; no label changed.
One more (`blind258`, reviewing 2020 in Chongqing, a district's work report of March 2021) was found in the stored pages:
渝北's work report of 10 March 2021 as page 19 of an investment-promotion site's listing (chongqing.010b.com) gives it,
its text run together as laifeng-2019-gwr's is, kept to 服务业增加值1326亿元、年均增长19%。 (the next sentence, with the
retail sales, breaks off): 地区生产总值 2009.5亿元 after the milestone 突破2000亿元 (not labelled) and 服务业增加值 as
第三产业增加值, each of 2020, expected; the corpus held 渝北's report on 2016 (yubei-2017-gwr), not 2020. The session's
search budget ran out after twenty searches (not fifty): naming counties of Guizhou (瓮安, 思南, 仁怀, 湄潭, 盘州, 水城,
the counties of 铜仁, 黔南, 毕节, 安顺, 黔东南 and 遵义) and Chongqing (垫江, 石柱, 彭水, 秀山, 酉阳, 江津, 巫溪, 云阳),
asking for county targets of 2025 and news of county and district congresses; they reached mostly reports the corpus
holds (三穗 2011, 黎平 2023, 玉屏 2023, 开阳 2023, 酉阳 2022, 忠县 2021, 永川 2022, 奉节 2025, 黔西南 2021, 六盘水 2019,
毕节 2021, 重庆 2013, 2014 and 2026), copies in traditional characters (垫江 2023, 彭水 2025, 璧山 2022, 奉节 2010, 雷山
2012, 黔东南 2020, 黔江), openings with no catalogue figure or broken off before it (垫江 2021, 水城 2023, 江津 2020,
城口's plan of 2025, 巫山's and 贞丰's congress news, 重庆 2025), a mid-year account with half-year figures only (云阳 2023),
statistical bulletins (石柱 2022, 酉阳 2022, 江口 2024, 威宁 2023, 播州 2022) and a prefecture-level report outside the
set's scope (遵义 2020), so that the set holds one report, no plan report and nothing from Guizhou;
it was labelled by hand before extraction ran on it (2 labels), and scored once on the branch as it stood
(6b86bf9): recall 50% (1/2), precision 100% (1/1): the tertiary sector's 1326 found;
missed the GDP's 2009.5 (地区生产总值在全市率先突破2000亿元，达到2009.5亿元), the level told after the milestone in the
same clause; none wrong; two proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind259`, reviewing 2020 in Anhui, a district's work report of January 2021) was found in the stored pages:
埇桥's work report of 7 January 2021 (宿州) on a document site (guanlizhidu.com), whose copy gives the date line and speaker twice
around its title and cuts the review's heading (一、2020年及“十三五”工作回), all kept; its expected results of 2020 (财政收入 as
the total budget revenue, the rural income's growth 8%左右 with its qualifier). Eight searches were made before the session's
search budget ran out: naming counties of Anhui (砀山, 怀宁) and Jiangxi (婺源, 修水, 鄱阳, 泰和, 信丰, 都昌); they reached mostly
reports the corpus holds (进贤 2019, 大余 2018, 霍邱 2024, 霍山 2023, 宿松 2019, 濉溪 2023, 南城 2021, 南昌县 2022, 于都 2023),
statistical bulletins (砀山 2020, 都昌 2008 and 2023), copies in traditional characters (宿州 2023, 上饶 2024, 章贡 2019, 怀宁),
encyclopaedia entries (婺源, 修水, 泰和, 信丰), news without a report (鄱阳 2022, 信丰 2024), 鄱阳's and 吉水's five-year plans,
宜黄 2023's opening that stops before the year's figures, reports of other provinces (沛县, 上杭, 松溪, 建宁, 沅陵) and 安庆's
report of 2025, a prefecture-level city's, so that the set holds one report and no plan report;
the one was labelled by hand before extraction ran on it (11 labels), and scored once on the branch as it stood
(e22ae89): recall 100% (11/11), precision 100% (11/11): all eleven found, none missed,
none wrong; no proposal of an indicator outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind260`, reviewing 2022 and 2023 in Henan, county work reports delivered in March 2023 and February
2024) were found in the stored pages: 内乡's (南阳) of 27 March 2023 as the county government's site gives it, its
paragraphs parted by blank lines (kept; the site's navigation and source line left out), and 清丰's (濮阳) of 22 February
2024 on a report-collection site, kept to the last whole sentence before the copy breaks off (500万元以上固定资产投资
labelled as 固定资产投资; 居民人均可支配收入 as the all-residents income). The set was asked for the counties, districts
and county-level cities of Henan; eighteen searches were answered before the session's search budget ran out (a
nineteenth, 武陟, was refused), naming counties of prefectures sources.csv names least (安阳's 林州, 汤阴, 滑县; 濮阳's
清丰, 南乐; 鹤壁's 淇县; 三门峡's 灵宝, 渑池; 驻马店's 遂平, 新蔡; 南阳's 内乡, 邓州; 商丘's 永城; 新乡's 长垣; 平顶山's
汝州; 许昌's 禹州; 信阳's 固始) and asking for Henan county plan reports; they reached mostly reports the corpus holds
(周口 2014 and 2015, 叶县 2024, 封丘 2025, 浚县 2013 and 2023, 嵩县 2023, 新县 2019, 新郑 2014 and 2024, 商城 2007,
商水 2018's congress news), copies in traditional characters (信阳 2020, 洛阳 2009, 梁园 2016, 永城's news of 2021),
openings without the year's figures (灵宝 2022, whose opening gives 2021 only as multiples of 2016 and five-year
averages; 内乡 2021; 淇县 2022's later page; 汤阴's congress news of 2016; 汝州's newspaper page of 2021), a yearbook
article (渑池 2008), news of 长垣 2018 and 邓州, statistical bulletins (内乡 2019 and two counties'), 固始's mid-year
account and reports of other provinces, so that the set holds no plan report;
the two were labelled by hand before extraction ran on them (16 labels), and scored once on the branch as it stood
(380cdc3): recall 100% (16/16), precision 100% (16/16): all sixteen found, none missed, none wrong; three
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind261`, reviewing 2020 and 2025 in Shandong, two work reports of a county and a county-level city) were
found in the stored pages: 高青's (淄博) work report of 13 January 2021 on the county government's site, its date line
2021113日 and its paired averages 7.1%9.2% kept as the site writes them (the year's GDP growth alone labelled; the incomes
as multiples of 2015 and their five-year averages not), and 安丘's (潍坊) work report of 2026 on a document site, without
date line or speaker (社零总额 labelled as 社会消费品零售总额; the revenue's and incomes' “保二争一”, a rank, not labelled).
Twelve searches were made before the search budget ran out: naming counties, county-level cities and districts of the
prefectures the corpus holds least (垦利, 宁阳, 桓台, 曹县, 利津, 东平, 高青, 临朐, 诸城, 新泰, 沂源, 郓城, 青州, 单县,
河口, 临淄); they reached mostly reports the corpus holds (东昌府 2019, 平阴 2019, 武城 2025, 平邑 2025, 微山 2023, 沂源
2013, 苍山 2012, 菏泽 2025), copies in traditional characters (利津 2019, 无棣 2020, 菏泽 2018 and 2020), statistical
bulletins and yearbooks (诸城 2019, 新泰, 沂源, 临淄, 菏泽), prefecture-level reports (菏泽 2021, 济宁 2006), news without
a report's figures (单县, 临淄 2021 and 2025), 利津's work report of May 2020, whose opening gives no catalogue figure, and
青州's of January 2024, whose opening gives only figures of January–November, which the corpus does not label;
the two were labelled by hand before extraction ran on them (4 labels), and scored once on the branch as it stood
(3dc70af): recall 100% (4/4), precision 100% (4/4): all four found, none missed, none
wrong; no proposal of an indicator outside the catalogue left out; the cites test passed; no label changed.

Two more (`blind262`, reviewing 2021 and 2022 in Hebei, two pages of county work reports delivered in 2022 and 2023)
were found in the stored pages: the third page of 怀安's work report (张家口) on a report-collection site, whose opening gives
the targets of 2022 (seven growths and a quota 控制在省、市下达的目标以内 closing 城镇登记失业率 and 单位GDP能耗, labelled for
each; the year inferred from the site's numbering between its reports of December 2021 and January 2022 and from 实现今年目标任务),
and the second page of a county's work report reviewing 2022 on a mirror of that site, which names its county only as 县:
清河 (邢台) identified by its towns 王官庄 and 油坊, which the official division codes place together only in 清河县; its one
catalogue figure is the grain output 预计总产34.93万吨. Sixteen searches were made before the session's search budget ran out:
naming counties of 承德 (围场, 隆化, 丰宁, 滦平, 平泉), 衡水, 张家口 (怀安), 邢台, 唐山 (迁安, 遵化, 玉田), 邯郸 (武安, 涉县, 磁县)
and districts of Tianjin (静海, 宝坻, 宁河, 津南), and the report-collection site's Hebei titles; they reached mostly reports
the corpus holds (饶阳 2022, 博野 2022, 霸州 2022, 蠡县 2017, 滦南 2024, 正定 2025, 张家口 2019 and 2024, 邢台 2024, 邯郸 2025,
滨海新区 2012), 河北区's work report of 2026 (reviewing 2025, which hebeiqu-2026-plan holds), copies in traditional characters
(宁河 2025, 信都 2024, 沙河 2017, 广阳 2016, 南开 2010), 围场's work report of July 2021, whose opening gives only five-year
averages and the first half of 2021, 滨海新区's work report of 2019, whose opening gives no figure, a 范文 site's copy of
Tianjin's report of 2015 with its years rewritten as 2023, a mining district's New Year address, statistical bulletins and
prefecture-level news (张家口 2016 and 2026, 衡水 2021, 邢台's press conference on its 十四五);
the two were labelled by hand before extraction ran on them (10 labels), and scored once on the branch as it stood
(f609cd6): recall 70.0% (7/10), precision 100% (7/7): 怀安's seven growth targets found; missed its quota for
城镇登记失业率 and 万元生产总值能耗 (控制在省、市下达的目标以内, after 单位GDP能耗等主要约束性指标) and 清河's grain output
(预计总产34.93万吨, written 总产 with 粮食 only in the sentence before); none wrong; six proposals of indicators outside the
catalogue left out; the cites test passed; no label changed.
Four more (`blind263`, reviewing 2018, 2022 and 2023 in Zhejiang, work reports of two county-level cities and a
county delivered in 2019, 2023 and 2024) were found in the stored pages: 东阳's reviewing 2018 as the city's government
site gives it (published 2019-03-08, no date line of the session: delivered 2019; 引进…外资3481万美元 labelled as
实际利用外资, as the corpus labels 引进境外资金), 龙港's of 14 February 2023 reposted on nextlevelartsconsulting.com (the city
made out of 苍南's town in 2019, not 深圳's 龙岗), and 新昌's of 9 January 2019 on the county's government site and its
report reviewing 2023 reposted on nextlevelartsconsulting.com with no title or date line (named by part 一's heading,
delivered 2024; 预计全年地区生产总值超600亿元 a milestone, not labelled, its growth labelled); each kept to the last whole
sentence before its stored copy breaks off, leading spaces and blank lines left out. The set was asked for the counties,
districts and county-level cities of Zhejiang, those sources.csv names least first; fifteen searches were answered before
the session's search budget ran out (two more refused): naming 上虞, 东阳, 临安, 乐清, 柯桥, 永康, 苍南, 黄岩, 新昌, 嘉善,
桐庐, 天台, 兰溪, 青田 (with 华侨) and 常山, they reached reports the corpus holds (平阳 2021, 诸暨 2021, 余杭 2009 and 2015,
临海 2023, 玉环 2024, 淳安 2016, 仙居 2019, 武义 2010, 浦江 2023, 磐安 2024), statistical bulletins (上虞 2013 and 2023,
永康 2011, 桐庐 2003, 常山 2020, 临安 2018 in traditional characters), 金东's report of 2016 whose opening stops before
the year's figures, a speech of 柯城 to a government plenary of 2008 (not a work report), a 西湖 report with its years
masked (20xx), congress news and encyclopaedia entries (天台, 淳安 2018, 苍南, 嘉善), reports of prefecture-level cities
(温州 2021, 金华 2025, 杭州 2019, 嘉兴 2025) and a 平湖 report of 2021 as a document site breaks it one token a line,
so that the set holds no plan report;
the four were labelled by hand before extraction ran on them (49 labels), and scored once on the branch as it stood
(8710e31): recall 98.0% (48/49), precision 100% (48/48): all of 龙港's eight,
新昌's twenty-nine and 东阳's other eleven found; missed 东阳's 引进内资54.4亿元、外资3481万美元 (实际利用外资 3481 万美元), the
foreign funds named only 外资 after 引进; none wrong; nine proposals of indicators outside the catalogue left out; the cites
test passed; no label changed.
One more (`blind264`, reviewing 2015 in Guangdong, a county's work report of early 2016 as a newspaper told it) was found
in the stored pages: 南方日报's item under ■关注惠东“两会” on the report the county head 徐毅 of 惠东 (惠州) gave at the opening
of the sixth session of the 9th county congress on the 8th of a month the copy does not give, with no address in the store
(its url column says so), kept to its last whole sentence (与市同步进入全面小康社会。); 2015's GDP (520亿元, 14.5%) and its
公共财政预算收入 (34.7亿元, 14.8%, as the local revenue) labelled expected; the five years' average growths, the milestones
相继突破20亿元、30亿元 and the 十三五 targets (年均增长12%左右，突破1000亿元, the headline's among them) not labelled. The set
was asked for counties, districts and county-level cities of Guangdong; the store refused the search after sixteen answered
look-ups (the brief allowed fifty), which named 乐昌, 南雄, 阳春 (three times), 英德, 廉江, 龙川, 惠东, 连平, 信宜 and 台山, 韶关's
counties' reports of 2025, county congresses' documents and 公文搜's Guangdong reports of 2020 (and 翁源, 始兴 and 郁南, refused);
they reached mostly reports the corpus holds (阳西 2023, 佛冈 2025, 大埔 2020, 潮州 2021, 广东 2024 and 2025), copies in
traditional characters (英德 2022, 南雄's figures of 2018, 连州 2021's news, 阳春 2024's delegates' news, 茂名 2020), openings that
stop before the year's figures (四会 2020 on a doc-sharing site, 广东 2020), 阳春's later page with no catalogue figure, a press
conference of 惠东 in 2021 (2020's levels with five years' averages; neither a work nor a plan report, left out), a party
plenum's account of 台山 2024, news of 广东's report of 2026 without catalogue figures, prefecture-level cities (阳江 2006 and 2025,
惠州 2012, 2020 and 2025, 湛江 2018, 梅州 2023), a statistical bulletin (惠东 2018) and encyclopaedia entries (南雄, 廉江, 惠东,
龙川), so that the set holds one report and no plan report;
the one was labelled by hand before extraction ran on it (4 labels), and scored once on the branch as it stood
(78154a9): recall 100% (4/4), precision 80% (4/5): all four found, none missed; wrong the
headline's 惠东力争GDP突破1000亿元 read as a GDP target of 2016 (突破1000), the 十三五 target for 2020 the labels leave out;
three proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Five more (`blind266`, reviewing 2010, 2016, 2017, 2021 and 2023 in Hunan, five work reports of counties, districts and a
county-level city) were found in the stored pages: 鼎城's report of January 2011 (常德; 2010 and the 十一五) from the district's
site, 岳阳楼's report on 2016 (岳阳) from the district's site with no date line (delivered given as its month of publication), 吉首's
report of 30 December 2017 (湘西) from page 243 of an investment-promotion site's listing, as laifeng-2019-gwr comes, a news item
on 安化's report of 27 October 2021 (益阳; 2021's levels and 2022's targets) from a county government site, and a repost of 麻阳's
report of 18 December 2023 (怀化); each kept from its opening to its last whole sentence, the spans' starting levels, the five
years' average growths and the multiples of 2005 not labelled, 城乡居民人均可支配收入大幅度提高 (安化's income target, no figure or
benchmark) not labelled. The set was asked for provinces, counties, districts and county-level cities of Hunan; twenty-seven
look-ups of the fifty allowed named 慈利, 涟源, 安化, 祁阳, 湘西's counties of 2025, 双峰, 耒阳, 桑植, 沅江, 武冈, 汉寿, 平江, 新化,
醴陵 (with its porcelain and fireworks), 鼎城, 资兴 (东江湖), 冷水江 (锑都), 永定, 湘阴, 祁东 and 衡南, county plan reports of
2024, 公文搜's and the listings' Hunan reports, districts' reports of 2025 and county reports of 2010; they reached mostly reports
the corpus holds (沅陵 2018, 长沙县 2022, 桂阳 2016, 永兴 2019, 新晃 2019, 君山 2019, 石峰 2015, 湘潭县 2022, 东安 2022, 湘乡 2023),
copies in traditional characters (芷江 2016, 醴陵 2022, 耒阳's congress news of 2021), statistical bulletins (平江 2020, 新化 2020,
花垣 2006), prefecture-level cities (永州 2017 and 2025, 衡阳 2017, 邵阳 2014, 长沙 2014, 益阳 2016, 郴州 2021, 张家界 2019 and
2020), the province's reports, congress news without the year's figures (隆回 2025, 雁峰 2025, 雨花 2025), a consultation on 花垣's
report of 2024, 平江's county development office's targets of 2023 (not a report), interviews of 武陵源's head (2018, 2019), 慈利's
quarterly meeting of 2018, 冷水江's symposium of 2026 and 衡阳县's party conference of 2026 (none a report), so that the set holds
no plan report and no province;
the five were labelled by hand before extraction ran on them (48 labels), and scored once on the branch as it stood
(1fbbf36): recall 97.9% (47/48), precision 100% (47/47): all of 吉首's twelve, 鼎城's five, 岳阳楼's four and 麻阳's fifteen and
安化's other eleven found; missed 安化's 2022 target 地区生产总值增长8%以上, the first of the report's targets after
主要预期目标，即; none wrong; seventeen proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.

Four more (`blind267`, reviewing 2016, 2019 and 2023 in Hubei, work reports of a district and two county-level cities
delivered in December 2016, December 2019 and January 2024) were found in the stored pages: 襄城区's (襄阳) of 13 December
2016 on the district's government site (a five years' review whose levels of 2016 are labelled expected, each one's multiple
of 2011 and five years' average growth not labelled), a 长江云 news report of the opening of 宜城's congress on 29 December
2019 with the report's figures of 2019 (一般公共预算收入 labelled as the local revenue), and 洪湖's (荆州) of 4 January 2024
twice: its review of 2023 as a regional-data forum (quyushuju.com) reposts it, and its targets of 2024 as 荆州日报's page
of 5 January 2024 gives them with no headline naming the city (taken for 洪湖's by the mission 建设流域综合治理示范区、打造融入
武汉都市圈样板市 the report names, its 淡水产品加工 industry and the date; named honghu-2024-gwr-jzrb; the 力争 targets not
labelled, 城乡居民收入增长与经济增长基本同步 labelled once for each side); each kept to the last whole sentence before its
stored copy breaks off, leading spaces and blank lines left out. The set was asked for provinces, counties, districts and
county-level cities of Hubei; forty-three searches were made (the brief allowed fifty): naming 利川, 巴东, 秭归, 麻城, 京山,
应城/汉川/安陆, 蕲春, 远安, 广水, 老河口, 洪湖, 石首, 松滋, 宜城, 南漳, 当阳, 嘉鱼/通山, 郧西, 孝昌/大悟/云梦, 随县/曾都,
夷陵, 襄州/樊城 and 恩施's 世界硒都, the forum's and 公文搜's Hubei titles, county plan reports and reports of 2009; they
reached mostly reports the corpus holds (黄梅 2016, 谷城 2020, 宜都 2017, 来凤 2019, 湖北's plan report of 2007, 潜江's
report of 2024), a later page of a 丹江口 report with no title or year in its opening, openings that stop before the year's figures (江陵 2020 on 公文搜, 蕲春 2025's congress news, 嘉鱼
2015's five years' multiples on a 知县网 mirror), copies in traditional characters (嘉鱼 2017, 樊城 2023, 宜都 2024), news of
congress delegates and consultations without figures (蕲春, 洪湖, 黄州, 房县, 南漳, 石首), 襄州's 2023 review as 襄阳日报 gave it
(its only catalogue figure a grain output 突破129万吨, a milestone), 咸丰's 2024 targets as a farm paper gave them (no catalogue
figure), a plan review of 麻城 2015 without figures, a template of 汉川 2024 with its figures masked (XX), prefecture-level
cities (荆州, 荆门, 鄂州, 宜昌, 襄阳, 黄冈, 咸宁, 武汉) and GDP ranking pages, so that the set holds no plan report;
the four were labelled by hand before extraction ran on them (36 labels), and scored once on the branch as it stood
(a397da2): recall 100% (36/36), precision 100% (36/36): all of 洪湖's thirteen and nine, 宜城's eight and
襄城区's six found; none missed, none wrong; ten proposals of indicators outside the catalogue left out; the cites test
passed; no label changed.

One more (`blind268`, reviewing 2023 in Guangxi, a district's work report of March 2024 as the news told it) was found
in the stored pages: an item with no address in the store (its url column says so) on the opening of the fourth session
of the 15th congress of 兴宁区 (南宁) on 15 March, where the district head 林涛 gave the report, kept from its lead to its last
whole sentence (…民生领域支出15.4亿元，占比达83.6%。); named xingningqu-2024-gwr, since xingning-2020-gwr is 兴宁市 of Guangdong;
2023's GDP (419.5亿元, 3.9%), the growth of 第三产业 (推动第三产业增长5%, as 第三产业增加值) and the retail sales (577.3亿元)
labelled expected; 农林牧渔业总产值 and 民生领域支出 are no catalogue figures. The set was asked for provinces, counties,
districts and county-level cities of Guangxi; the fifty look-ups the brief allowed named 北流, 合浦, 东兴, 灵山, 容县, 平果,
宜州, 博白, 扶绥, 凭祥, 荔浦, 钦南, 龙圩, 藤县, 岑溪, 右江, 阳朔, 桂平, 三江 and 巴马, Guangxi's counties' and districts' reports and
congress news by their wording (各位代表, 对广西重大方略要求, 三大定位, 五个更大, 一区两地一园一通道, 壮美广西), plan reports,
南宁's, 柳州's, 桂林's, 玉林's and 钦州's counties and districts by their congresses' openings, and 2026's reports; they reached
mostly reports the corpus holds (横州 2026, 苍梧 2024, 万秀 2023, 港北 2023, 广西 2026), copies in traditional characters (贵港 2018
and 2021, 金秀's news of 2023, 藤县's account of 2007, 桂平's congress news of 2023), prefecture-level cities (玉林 2025, 来宾 2024,
南宁 2021, 桂林 2022, 柳州 2024, 钦州 2024, 崇左 2024), congress news whose opening stops before the year's figures (昭平 2025,
柳州's 城中区 2025), statistical bulletins (浦北 2024, 罗城 2024, 良庆 2023), profiles and features of counties (灵山 2012,
平果 2016, 扶绥 2006, 德保's first three quarters, 上林's first quarter of 2021), an interview of 武宣's party secretary (2022)
and reports of other provinces, so that the set holds one report and no plan report;
the one was labelled by hand before extraction ran on it (4 labels), and scored once on the branch as it stood
(f52a873): recall 100% (4/4), precision 100% (4/4): all four found, none missed, none wrong; four proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.

Four more (`blind269`, reviewing 2021 and 2022 in Yunnan and Guizhou, a district's work report and plan report of
January 2022, a county's work report of January 2023 and a news report of a county-level city's of February 2023) were
found in the stored pages: 五华's (Kunming) work report to the 17th district congress on the district's government site,
its title and date line missing characters as the site gives them (府 工 作 报 告; ——2022112日…代表大会第次会议上, read as
12 January 2022), and its plan report to the same session (published 2022-01-15), kept to its last whole clause
(…超预期目标1个百分点；) where the stored copy breaks off inside the list of results; 绥阳's (遵义) of 7 January 2023 on a
doc-sharing site that runs the text as one line with a space wherever the document broke a line (127 .7亿元 labelled as
written); and 贵州日报's item on 仁怀's 两会 on 新华网's Guizhou channel (2022's GDP 1706亿元, 2023's target 1850亿元, each
labelled once though the kicker and the next paragraph restate them; 2021's 1564.5亿元, the level compared with, not
labelled). 五华's five years' averages, the 2017 milestone 突破千亿大关 and the spans' starting levels were not labelled,
the spans' ends of 2021 (一般公共预算收入…到48.17亿元, 社会消费品零售总额…到650亿元) were. The set was asked for the counties,
districts and county-level cities of Yunnan and Guizhou; forty-eight of the fifty searches allowed were made: naming
兰坪, 文山's, 铜仁's, 昭通's, 黔南's, 安顺's, 西双版纳's (勐海), 红河's (蒙自, 个旧, 开远), 毕节's (威宁, 大方, 黔西), 曲靖's
(罗平, 陆良, 会泽, 富源), 普洱's, 遵义's and Kunming's counties and districts, 仁怀, 腾冲, 盘州, 宣威, 马关, 湄潭, 赤水,
建水, 祥云, 绥阳, 正安, 道真, 务川, 凤冈, 余庆, 习水 and 水城, and county plan reports of both provinces, they reached
reports the corpus holds (牟定 2024, 黎平 2022 and 2023, 双柏 2020, 弥勒 2023, 开阳 2023, 景东 2023, 三穗 2011, 玉屏 2023,
五华 2023, 官渡 2022, 德宏 2025, 六盘水 2019, 黔西南 2021, 迪庆 2016), copies in traditional characters (麻江 2020, 雷山
2011, 呈贡 2022, 道真 2023, 昭通 2012, 昭阳's figures of 2025), machine-generated summaries (沧源 2024 and a 镇原 of the same
mould), 水城's report of 2023 and 马关's congress news of 2010 whose openings stop before the year's figures, 贞丰's delegates'
talk of 2014 with no figures, a party plenum of 大理市 2013, press conferences and introductions (红河, 遵义, 普洱, 楚雄,
黔南, 仁怀 2021), statistical bulletins (威宁 2023, 播州 2022, 马关 2009, 黎平 2018) and encyclopaedia entries (宣威, 大方,
威宁, 赤水, 腾冲), so that the set holds one plan report;
the four were labelled by hand before extraction ran on them (20 labels), and scored once on the branch as it stood
(d112824): recall 100% (20/20), precision 87.0% (20/23): all of 绥阳's twelve, 五华's three and three and 仁怀's two
found, none missed; wrong 五华's 城乡常住居民人均可支配收入增速与经济增长保持同步 read as 2021's urban and rural growths
(与经济增长保持同步, twice), which the labels take for the five years' and leave out, and 仁怀's 2021年仁怀市地区生产总值为1564.5亿元
read as 2021's final GDP (1564.5), the level compared with that the labels leave out; two proposals of indicators outside
the catalogue left out; the cites test passed; no label changed.

Two more (`blind270`, reviewing 2024 in Shaanxi and Gansu, two work reports of early 2025 on the reports site that gives
handan-2025-gwr's copy) were found in the stored pages: the county-level city 子长's (延安), with no title, date line or speaker
(the place from its text: 子长高质量发展, 居延安市第二; delivered early in 2025 after 市二届人大三次会议, given as the year; the
corpus held its report reviewing 2022 only), kept to point （一）'s last whole sentence (…苹果产量16.11万吨，增长23.2%。; 总产4.89万吨
labelled as 粮食产量, the GDP's increment 同比净增36.67亿元 not labelled), and the district 肃州's (酒泉; named suzhouqu, not
苏州 or 宿州) of 4 January 2025, whose stored copy stops after 完成固定资产投资175亿元, its only catalogue figure. The set was
asked for the counties, districts and county-level cities of Shaanxi and Gansu; forty-three searches were answered, naming 临洮,
神木, 成县, 府谷 (twice), 靖边, 子长, 敦煌, 榆中, 崆峒, 吴起, 洛川, 陇西, 勉县, 旬阳, 山阳, 华亭, 靖远, 眉县, 武都, 凉州 and 秦州,
bx2200.com's, 公文搜's, 维基文库's and the reports sites' Shaanxi and Gansu pages, and the reports' own words (三个年, 三抓三促,
视察甘肃, 来陕考察, 市委“1246”); they reached mostly reports the corpus holds (汉滨 2025, 镇安 2016, 雁塔 2016, 黄龙 2026,
甘州 2026, 凤县 2023, 定边 2023, 子长 2023, 略阳 2023, 佳县 2025's congress news), copies in traditional characters (府谷 2023,
通渭 2024, 凉州 2024, 延长 2017, 平利 2016, 张家川 2013), 府谷's report of 2022 from its second page on (the five years' review
without years, then the five years' aims), 西峰's of November 2021 whose opening gives only the first three quarters' figures,
an emoji digest of 镇原 (machine-made), party plenums and congress news (商州, 甘谷, 秦州, 玉门, 永靖, 卓尼), statistical
bulletins (太白, 洛南, 榆林's district), encyclopaedia entries (临洮, 成县, 府谷, 洛川) and prefecture-level cities (平凉, 定西,
武威, 酒泉, 商洛, 汉中, 天水, 延安), so that the set holds two reports and no plan report;
the two were labelled by hand before extraction ran on them (13 labels), and scored once on the branch as it stood
(04f8a63): recall 84.6% (11/13), precision 100% (11/11): 肃州's one and eleven of 子长's twelve found; missed 子长's GDP
growth (生产总值194.05亿元，同比净增36.67亿元，增长8.8%: 地区生产总值 % 8.8), the growth read past the increment, and its
grain output written 播种粮食18.88万亩，总产4.89万吨 (粮食产量 4.89 万吨), the output named only 总产; none wrong; eight
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Two more (`blind271`, two county work reports of Fujian reviewing 2022 and planning 2023) were found in the stored
pages: a link-snapshot site's copy, with no address in the store (its url column says so), of the report of the county
连江 (福州) reviewing 2022, from its opening sentence to the last whole dashed line (…蝉联“中国海带之乡”。), delivered given
as 2023 (the copy gives no date), its results expected, 比增 read as growth and (同口径)比降6.5% labelled 降6.5; and the third
page of a document site's copy (bx2200.com) of 德化's report (泉州; named by its slogan 奋力打造幸福宜居的世界瓷都), from the
review's shortcomings through 二、2023年工作安排 and its main targets to 集聚发展陶瓷产业。, the targets of 2023 labelled
(居民人均可支配收入增长和经济增长基本同步 as a worded target; 完成节能减排降碳任务, naming no catalogue indicator, not). The
set was asked for counties, districts and county-level cities of Fujian and Jiangxi; forty-two look-ups named 长汀, 婺源,
贵溪, 武平, 鄱阳, 乐平, 宜黄, 德化 (twice), 安福, 寻乌, 永春, 修水, 尤溪, 信丰, 遂川, 南丰, 连江, 永新, 都昌, 石城, 罗源, 安溪,
古田, 平和, 东山, 仙游, 宁化, 大田, 南康, 渝水, 广丰, 邵武 and 永定, county plan reports of both provinces, 公文搜's and
bx2200's county reports and the reports of 2025 and 2026, and searched by 土楼 and 脐橙; they reached mostly reports the corpus
holds (上杭 2020, 松溪 2019, 建宁 2023, 进贤 2019, 大余 2018, 闽清 2019, 寿宁 2023, 诏安 2023, 霞浦 2020, 靖安 2025, 南城 2021,
吉安县 2015, 宜丰 2009, 南昌县 2022), copies in traditional characters (万载 2016, 广丰 2018, 章贡 2019, 上饶 2024), openings
that stop before the year's figures (宜黄 2023 at 前三季, 上高 2024, 南康 2023 and its second page), news of congresses
without catalogue figures (武宁 2022, 仙游 2025 and 2026, 东山 2026, 诏安 2026, 吉安县 2026, 连江 2025), 邵武's report of
December 2025 with five years' averages only, 连江's targets page of 2025 opening before its targets, statistical bulletins
(长汀 2020, 都昌 2008 and 2023), five-year plans (鄱阳, 遂川, 罗源) and encyclopaedia entries (婺源, 安福, 修水, 德化, 古田),
so that the set holds two reports and no plan report;
the two were labelled by hand before extraction ran on them (16 labels), and scored once on the branch as it stood
(d34fd67): recall 93.8% (15/16), precision 100% (15/15): all of 德化's five and 连江's other ten found; missed
连江's total budget revenue's fall ((同口径)比降6.5%, labelled 降6.5), 比降 not read as a fall; none wrong; no proposal
of an indicator outside the catalogue; the cites test passed; no label changed.

Two more (`blind272`, reviewing 2013 and 2023 in Liaoning, work reports of two districts) were found in the stored
pages: xinglongtai-2023-gwr, the report the district head 尹久辉 of 兴隆台区 (盘锦) gave on 28 December 2023, as
bx2200.com's report collection reposts it (12 labels), and tiexi-2014-gwr, 沈阳's 铁西区 reviewing 2013, as a
writing-samples site (阿达文秘网) reposts it with no date line (14 labels); all their figures expected. The set was asked for
provinces, counties, county-level cities and districts of Heilongjiang, Jilin and Liaoning; forty-nine look-ups (the brief
allowed fifty) named 海林, 密山, 东辽, 桓仁, 穆棱, 宝清, 抚松, 宽甸, 呼玛, 绥芬河, 集安, 昌图, 塔河, 前郭, 镇赉, 兴城,
五大连池, 勃利, 萝北 and 绥滨 one by one, 牡丹江's, 延边's, 大连's, 哈尔滨's, 长春's, 吉林's, 大庆's, 鞍山's, 锦州's,
齐齐哈尔's, 本溪's, 通化's, 葫芦岛's, 辽阳's and 盘锦's counties or districts together, and the provinces' county and
district reports and plan reports by their words; they reached mostly reports the corpus holds (北林 2025, 东洲 2025, 建平
2019, 桦川 2023, 新宾 2024, 盘山 2023, 辽阳县 2020, 旅顺口 2022, 普兰店 2021, 北镇 2014, 兴隆台 2008, 萨尔图 2021, 梨树
2019, 通化县 2026's plan report, 庄河 2021), prefecture-level cities and provinces (辽阳 2024, 大连 2023, 沈阳, 长春,
鞍山 2024, 葫芦岛 2024, 延边 2021), an opening of 虎林 2025 with no catalogue figure, openings that give only five years'
averages or milestones (道里 2026, 海城 2026), a 大兴安岭 county's report of 2024 with no address and no name of its
county, news of congresses (龙井 2026, 满洲里 2025, 依兰 2023, 本溪 2026), a copy with its words replaced (新民),
statistical bulletins (昌图 2021, 松原 2024, 松北 2023), copies in traditional characters and encyclopaedia entries, so that
the set holds two reports and no plan report;
the two were labelled by hand before extraction ran on them (26 labels), and scored once on the branch as it stood
(2e8dd1e): recall 100% (26/26), precision 100% (26/26): all of 兴隆台's twelve and 铁西's fourteen found, none
missed, none wrong; three proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Three more (`blind273`, reviewing 2021 and 2022 in Shanxi and Inner Mongolia, work reports of two counties and a
banner delivered in 2022 and 2023) were found in the stored pages: 平遥's of 2022 (晋中, the acting county head 冯玉全 to the
second session of the 17th county congress) as a content site's repost gives it with no address in the store and no date
line (delivered 2022, results expected; 粮食、水果、蔬菜总产均稳定在20万吨 labelled as the grain output, 20 万吨, as
fujian-2022-gwr's 稳定在507万吨 is), 交口's of 30 March 2023 (吕梁) reposted on a forum of regional data, and 苏尼特左旗's of
6 January 2022 (锡林郭勒) reposted on benet-wh.com.cn, whose review of the term gives only the incomes its last year reached
(the four years' cumulative totals and average growths not labelled); each kept to the last whole sentence before its
stored copy breaks off. The set was asked for the provinces, counties, districts and county-level cities of Shanxi and
Inner Mongolia; forty-three searches were answered (of fifty allowed): naming 怀仁, 盂县, 扎赉特旗, 临河, 孝义, 阳城, 平遥,
原平, 介休, 扎兰屯, 杭锦后旗, 霍林郭勒, 宁城, 乌审旗, 丰镇, 右玉, 洪洞, 河津, 乌兰浩特 and 托克托, the counties' and banners'
reports of 2022 to 2025, plan reports of banners and of Shanxi's counties, reports of 2008 to 2014, and places' details
(太行山, 黄河几字弯, 煤炭转型), they reached mostly reports the corpus holds (内蒙古 2024, 苏尼特右旗 2023, 新巴尔虎左旗 2018,
正蓝旗 2019 and 2022, 西乌珠穆沁旗 2022, 东乌珠穆沁旗 2022, 察右后旗 2023, 土默特右旗 2023, 乌拉特前旗 2020, 准格尔旗
2016, 科右中旗 2023's plan, 土默特左旗 2024 as congress news, 浮山 2019, 闻喜 2021, 交城 2023, 夏县 2024, 大宁 2024, 泽州
2023, 山西 2009 and 2024), copies in traditional characters (娄烦 2017, 克什克腾旗 2025, 壶关 2024, 内蒙古 2025, yearbooks'
entries of 乌拉特中旗, 达茂旗, 奈曼旗, 鄂托克旗 and 托克托), openings that stop before the year's figures (正蓝旗's plan of
2025, 霍林郭勒 2023's second page, 杭锦后旗 2026's congress news), 昔阳 2009 as a document site gives it with its figures
stripped, statistical bulletins (清徐 2023, 上党 2023, 阳城 2020, 沁水 2024, 平遥 2017), a 中阳 development office's summary
and prefecture-level cities' reports (包头 2013 and 2016, 呼伦贝尔 2022, 呼和浩特 2023's plan, 晋中 2025, 临汾 2011), so
that the set holds no plan report;
the three were labelled by hand before extraction ran on them (19 labels), and scored once on the branch as it stood
(12b4acb): recall 94.7% (18/19), precision 100% (18/18): all of 交口's six, 苏尼特左旗's two and 平遥's ten growths and
amounts found; missed 平遥's grain output (粮食、水果、蔬菜总产均稳定在20万吨, 20 万吨), a level shared by a list and written
with 稳定在; none wrong; twenty-seven proposals of indicators outside the catalogue left out; the cites test passed; no label
changed.

Four more (`blind274`, reviewing 2021 and 2022 and setting 2023's targets in Jiangsu, three work reports of districts and
a county-level city and a news report of a district's congress) were found in the stored pages: lianyun-2023-gwr, the report
the district head 李占超 of 连云区 (连云港) gave on 2 February 2023, as edutainingadventures.com's report collection gives it
(8 labels); yangzhong-2022-gwr, the county-level city 扬中's (镇江) of 10 January 2022, as the regional-data forum reposts
it from a PDF, its breaks and spaces kept (2 labels); sucheng-2023-gwr, 宿城区's (宿迁) of 3 January 2023, as bx2200.com
gives it, its GDP threshold (突破500亿元) and revenue threshold (超40亿元) milestones not labelled (3 labels); and
liangxi-2023-gwr, 我苏网's news of the opening of 梁溪区's (无锡) congress on 3 January 2023 with the report's targets for
2023, a list kept to its last whole item (3 labels); the three reviews' results expected, 梁溪区's figures targets. The set was asked for the province, counties,
county-level cities and districts of Jiangsu; forty-four look-ups (the brief allowed fifty) named 睢宁, 邳州, 灌云, 溧阳, 江阴,
射阳, 句容, 灌南, 泗洪, 仪征, 东海, 赣榆, 金湖, 涟水, 响水, 贾汪, 亭湖, 邗江, 高淳, 靖江, 启东, 新沂, 建湖 and 阜宁, 吴江,
大丰, 宿豫 and 宿城, 无锡's, 南通's, 淮安's and 南京's districts together, and the province's county and district work and
plan reports by their words and years (2006, 2008, 2011, 2012, 2016); they reached mostly reports the corpus holds (泗阳
2019, 沭阳 2019, 盱眙 2020, 海门 2020, 泉山 2024, 东台 2024, 如皋 2026, 武进 2026, 常熟 2011), copies in traditional
characters (泗洪 2021, 邗江 2021, 金坛 2024, 句容 2024, 东海's review of its term to 2011, 海门 2006, 启东 2018 and its
plan report of 2021, 泰兴's figures of 2009), openings that stop before the year's figures (江阴 2023, 宿豫 2025's page of
targets), news of congresses without catalogue figures (灌云 2024, 灌南 2021, 泗洪 2025, 贾汪 2022, 清江浦 2022, 新沂 2026,
洪泽 2025) or breaking off in its first figures (溧阳 2015) or in the sentence that holds them (海安 2024, left out for
that), a copy of 金湖's report with its years written 20xx, a machine summary of 赣榆 2025, five-year plans (睢宁, 江阴,
涟水, 赣榆), statistical bulletins (射阳 2004, 江都 2008, 宿城 2019), 吴江's half-year report of 2018 and prefecture-level
cities' reports (宿迁, 徐州, 常州, 扬州, 镇江, 南通, 苏州), so that the set holds no plan report and none reviewing a year
before 2021;
the four were labelled by hand before extraction ran on them (16 labels), and scored once on the branch as it stood
(a8bbc2c): recall 93.8% (15/16), precision 100% (15/15): all of 连云区's eight, 扬中's two, 梁溪区's three and 宿城区's
income and its growth found; missed 宿城区's GDP growth (地区生产总值再上一个百亿级台阶、突破500亿元、增长4.5%, 4.5), the
growth after a step and a threshold passed; none wrong; eleven proposals of indicators outside the catalogue left out; the
cites test passed; no label changed.

Five more (`blind275`, reviewing 2010, 2012, 2019 and 2024 in Shanghai and Zhejiang, work reports of four districts and a
county-level city delivered 2011 to 2025) were found in the stored pages: 奉贤's of 2011 (Shanghai) as a document site reposts
it with no date line (delivered 2011, results expected; 全区实现增加值 labelled as the GDP, its 到位资金3亿美元 as the foreign
capital used), 青浦's of January 2013 as the district's site gives it, its date line blank and its copy cut inside item 1 (kept to
the last whole clause; 全口径 and 区级 revenues labelled as the total and the local budget revenue), 青浦's of 8 January 2020 as
中国县域 reposts it from its date line (实到外资8亿美元 labelled, one income for all residents), 金山's of 2020 as a forum of
regional data reposts it with no date line (its footnote marker 6.7%1 kept as given), and 温岭's of 19 February 2025 (台州) as the
city's site gives it (固定资产投资保持增长 labelled as a worded result, as 保持正增长 is); each kept to the last whole sentence or
clause before its stored copy breaks off. The set was asked for the province, counties, districts and county-level cities of
Zhejiang and Shanghai; twenty-three searches were answered (of fifty allowed): naming 长兴, 嘉定, 庆元, 桐乡, 诸暨, 青浦, 平阳,
天台, 奉贤, 温岭, 松江, 嘉善, 安吉, 金山, 乐清, 崇明, 上虞, 岱山, 景宁, 常山 and 兰溪, plan reports of Zhejiang's counties
of 2009 and 2012 and work reports of 2006 and 2011, they reached mostly reports the corpus holds (长兴's plan of 2018, 桐乡's
plan of 2025, 崇明 2018, 临海 2023, 开化 2012, 嵊泗 2024, 温岭's plan of 2023, 松江 2017), openings that stop before the
year's figures (嘉定's plan of 2016, 青浦's plans of 2014 and 2015 whose tables the store leaves out, 开化's plan of 2010, 松江
2023), a copy with its years and figures blanked (长兴 20xx), a second page with no title (松江 2025's targets), a review of a
term titled as a summary (嵊泗 2022), statistical bulletins (长兴 2011, 上虞 2013 and 2023, 常山 2020 and 2022, 岱山 2003,
青浦 2017 in traditional characters), yearbooks (庆元 2023, 松江 2015 and 2018) and reports of the province and of
prefecture-level cities (浙江 2008, 2010 and 2011, 湖州 2012 and 2015, 温州 2015 and 2021, 嘉兴 2018, 金华 2025), so that the set
holds no plan report and no county's report;
the five were labelled by hand before extraction ran on them (46 labels), and scored once on the branch as it stood
(66325d0): recall 82.6% (38/46), precision 97.4% (38/39): all of 青浦 2020's seven and 金山's seven found, 温岭's ten
amounts and growths, 奉贤's ten of its GDP, revenues, investment and retail sales and 青浦 2012's four of its GDP and retail
sales; missed 奉贤's exports (外贸直接出口总额47亿美元，同比增长30.9%) and its foreign capital (到位资金3亿美元, after 合同外资),
青浦 2012's four revenues (完成全口径和区级地方财政收入242.8亿元和75.2亿元，分别增长12.1%和11.7%, a pair of revenues named
together) and 温岭's worded investment result (固定资产投资保持增长); wrong one: 青浦 2012's 全口径 amount 242.8 read as the
local revenue (完成全口径和区级地方财政收入242.8亿元); eleven proposals of indicators outside the catalogue left out; the cites
test passed; no label changed.

Three more (`blind276`, reviewing 2010, 2020 and 2023 in Shandong, work reports of a county, a county-level city
and a district delivered in 2011, 2021 and 2024) were found in the stored pages: 沾化's of January 2011 (滨州, the county
head 张宝亮 to the fourth session of the 16th county congress; a district since 2014) as a document site gives it, whose
date line runs the date together (2011115, read as 15 January 2011) and whose review of the 11th five-year period gives
2010's levels as spans from 2005's (the levels reached labelled, the starting levels, average growths and five-year totals
not), 海阳's of 5 January 2021 (烟台, the mayor 王彦博 to the sixth session of the 18th municipal congress) as a local news
site reposts it, with 2020's levels after 预计 and the incomes written in 万元 (4.8万元, 2.2万元, labelled so), and 蓬莱区's
of 29 January 2024 (烟台, the district head 王长港 to the third session of the 19th district congress) as a report-collection
site gives it with no page title (490亿元以上 labelled with its qualifier); each kept to the last whole sentence before its
stored copy breaks off. The set was asked for the province, counties, districts and county-level cities of Shandong;
forty-four searches were answered (of fifty allowed): naming the prefectures whose names sources.csv holds least (莱芜,
菏泽, 东营, 泰安, 淄博) and their counties and districts (宁阳, 利津, 垦利, 博兴, 无棣, 阳信, 诸城, 龙口, 招远, 曲阜, 汶上,
临朐, 青州, 乐陵, 禹城, 齐河, 沂水, 郯城, 费县, 莒南, 胶州, 即墨, 莱西, 高密, 长清, 章丘, 商河, 文登, 乳山, 桓台, 张店,
博山, 淄川, 临淄, 槐荫, 天桥), plan reports of counties and districts, reports of 2007 to 2015 by their words, mirror
sites' title patterns, and places' details (曹县's 汉服, 招远's gold, 鄄城's hair products, 沾化's jujubes, 宁津's fitness
equipment, 海阳's nuclear power, 临清's bearings, 乐陵's jujubes, 梁山's special vehicles, 栖霞's and 莱阳's fruit), they
reached mostly reports the corpus holds (东昌府 2019, 平阴 2019, 巨野 2025, 荣成 2024, 莱州 2020, 沂源 2013, 苍山 2012, 沂南
2021, 微山 2023, 东阿 2015, 周村 2021's plan), prefecture-level cities' reports and plans (菏泽 2025, 淄博 2024's and 2025's
plans, 德州 2008, 聊城 2011, 济宁 2006, 烟台 2022, 威海 2017 and 2022), the province's reports as news, copies in
traditional characters (利津 2019, 郯城 2023, 兰陵 2024, 莱山 2024), openings that stop before the year's figures (沂南 2023,
青州 2024 with only a growth to November, 诸城's second page), a copy whose figures are garbled (平度 2021), a report of
2004 (东平, before the years asked for), a machine-generated summary (烟台 2026), statistical bulletins (莱芜 2020 and
2022) and yearbooks' entries, so that the set holds no plan report;
the three were labelled by hand before extraction ran on them (21 labels), and scored once on the branch as it stood
(58594d2): recall 90.5% (19/21), precision 90.5% (19/21): all of 蓬莱's ten and 沾化's three
incomes and revenue found, and six of 海阳's seven; missed 海阳's urban income (城市和农村居民可支配收入分别达到4.8万元、2.2万元,
4.8万元, the pair's first value, written 城市 where the catalogue says 城镇; the rural 2.2万元 found) and 沾化's GDP of 2010 (预计GDP47.36亿元
增加到113.7亿元, 113.7, a span whose 从 the copy leaves out); wrong 沾化's 47.36 (预计GDP47.36亿元, the level of 2005 that span
starts from, taken for 2010's GDP) and 1.29 亿美元 of 实际利用外资 (五年实际利用外资1.29亿美元, the five years' total, taken for
2010's); five proposals of indicators outside the catalogue left out (the run printed them as partial); the cites test passed; no
label changed.

Five more (`blind277`, reviewing 2019 to 2022 in Henan, work reports of a county-level city and two districts delivered
in 2020 to 2023) were found in the stored pages: three of 义马 (三门峡) as the city government's site gives them,
yima-2021-gwr reviewing 2020 with no date line (delivered 2021, results expected, as the corpus labels results of reports
with no date line, although the site posted it in May), yima-2022-gwr, the report the mayor 袁锐锋 gave on 17 April 2022
(results final, given from April on, although it writes 初步核算), and yima-2023-gwr, whose date line has lost its digits
(2023223日, read as 23 February 2023; results expected; 一般公共预算收入并首次突破20亿元大关 a milestone, not labelled);
wancheng-2023-gwr, the report the district head 樊牛 of 宛城区 (南阳) gave on 23 April 2023, as a mirror of bx2200.com's
report collection reposts it (results final); and xigong-2020-gwr, 洛阳's 西工区 reviewing 2019 on 22 May 2020, as a
forum of regional data reposts it, kept to its last whole clause (区本级生产总值305.8亿元，增长8.9%, labelled as the
district's GDP; results final); each kept to the last whole sentence or clause before its stored copy breaks off. The set
was asked for the province, counties, county-level cities and districts of Henan; forty-one look-ups (the brief allowed
fifty) named 淇县, 渑池, 遂平, 鲁山 (twice), 灵宝, 义马 (twice), 林州, 淅川, 禹州, 栾川, 襄城, 温县 and 武陟, 舞钢 and
汝州, 鹤壁's, 三门峡's, 驻马店's (确山, 正阳, 上蔡; 新蔡, 平舆, 汝南), 信阳's (光山, 固始, 潢川, 罗山), 商丘's (民权,
宁陵, 柘城, 虞城, 夏邑), 安阳's (汤阴, 内黄, 林州; 文峰, 北关, 龙安), 新乡's (卫辉, 辉县, 原阳), 漯河's, 洛阳's and
南阳's counties or districts together, 淇滨区, county and district plan reports of 2013 to 2019 by their words, county
reports of 2007 to 2011, and the words of the province's campaigns (红旗渠, 渠首, 钧瓷, 产业集聚区, 两个确保, 三标活动);
they reached mostly reports the corpus holds (叶县 2024 and 2025, 封丘 2025, 浚县 2013, 获嘉 2011, 嵩县 2023, 西峡 2023,
息县 2022, 卢氏 2019, 商水 2018, 商城 2007, 中牟 2007, 孟州 2013, 修武 2012, 新郑 2024, 建安 2023, 周口 2015 and 2021),
copies in traditional characters (信阳 2020, 周口 2014, 梁园 2016, 驿城's bulletin of 2023), openings that stop before the
year's figures (鲁山 2020 in two copies, 内乡 2021, 卢氏 2022), openings that give only ranks, milestones or five years'
averages and multiples (温县 2021 and 2023, 灵宝 2022, 北关 2022, 淇县 2022's second page), news of congresses (汤阴 2016,
中原区 2024, 惠济 2025, 涧西 2025, 新郑 2016), prefecture-level cities (三门峡 2023's plan, 许昌 2023, 洛阳), news features
(林州, 舞钢, 栾川, 潢川), a blue book's entry of 渑池, encyclopedia entries (襄城, 辉县, 鲁山) and 汝南's five-year plan,
so that the set holds no plan report;
the five were labelled by hand before extraction ran on them (21 labels), and scored once on the branch as it stood
(e180126): recall 100% (21/21), precision 100% (21/21): all of 义马's thirteen, 宛城's six and 西工's two found, none
missed, none wrong; three proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Five more (`blind278`, reviewing 2012, 2016, 2020 and 2022 in Anhui, work reports of a district, a county and a
county-level city delivered from the end of 2022 back to 2013) were found in the stored pages: 宣州区's of 4 January 2013 (宣城, the
district head 郭金友) and of 3 January 2017 (汪侃), both on the district government's open-information pages (区属生产总值
labelled as 地区生产总值, 财政收入 as the total budget revenue as the corpus labels Anhui's), 灵璧's of 8 January 2021 (宿州,
the county head 赵明) reposted on a content site (城镇和农村居民人均可支配收入分别增长6%和7%左右 labelled as written, 空气优良率
达到70%以上 as 优良空气天数比例) and of 3 January 2023 on a document site (地区生产总值将突破330亿元, a milestone, not labelled),
and 广德's of 29 December 2022 as a document site's preview gives it, its lines run together with spaces; each kept to the
last whole sentence or clause before its stored copy breaks off. The set was asked for Anhui's province, counties, districts
and county-level cities; twenty-three searches were answered (of fifty allowed): naming 东至, 歙县, 当涂, 天长, 含山, 广德,
桐城, 灵璧, 涡阳, 颍上, 无为, 界首, 怀宁, 凤阳, 宣州, 裕安 and 谯城, Anhui's county and district plan reports, and reports of
2007 to 2013, they reached mostly reports the corpus holds (霍邱 2024, 霍山 2023, 庐江 2022, 濉溪 2023, 蒙城 2020, 五河 2022,
固镇 2025, 全椒 2022, 凤台 2025, 泾县 2007, 禹会 2012), copies in traditional characters (黟县 2017, 和县 2018 and 2025,
含山 2020, 郎溪 2018, the cities 马鞍山 2016, 铜陵 and 阜阳 2014), openings that give only five years' averages (天长 2016,
庐阳 2016), prefecture-level cities (宣城 2011, 安庆 2025, 六安 2022's digest, 阜阳 2022's reading), 广德's mid-year plan
report of 2020, a fragment of 潜山 2011 with its decimal points stripped, congress news (歙县 2022, 宁国 2010, 绩溪 2011,
颍东 2023), 无为's mid-term review of its plan, and encyclopaedia entries (东至, 当涂, 含山, 怀宁, 广德, 歙县), so that the set
holds no plan report;
the five were labelled by hand before extraction ran on them (42 labels), and scored once on the branch as it stood
(bf370e8): recall 97.6% (41/42), precision 100% (41/41): all of 宣州区's eight and ten, 灵璧 2023's eight and
广德's eight found, and seven of 灵璧 2021's eight; missed 灵璧 2021's 全年空气优良率达到70%以上 (优良空气天数比例, 70%以上),
the share of good air days written as 空气优良率; none wrong; five proposals of indicators outside the catalogue left out;
the cites test passed; no label changed.

Four more (`blind279`, reviewing 2005, 2014, 2021 and 2025 in Sichuan, three of the province's reports and a
county-level city's work report) were found in the stored pages: sichuan-2026-plan, the province's plan-execution
report for 2025 and plan draft for 2026 delivered by its development and reform commission on 3 February 2026, as a
自贡 news portal (zgm.cn) reposts it from 川观新闻 (5 labels); sichuan-2015-gwr, 四川民生周报's front-page report of 2
February 2015 quoting the work report 魏宏 delivered on 28 January 2015 (5 labels); sichuan-2006-gwr, 四川日报's digest
(举要) of the work report 张中伟 delivered early in 2006, with no address in the store and no date line (8 labels;
粮食总产量基本稳定在3400万吨左右, a level given for the five years, left out); and jianyang-2022-gwr, the work report
of the mayor 苏呈祥 of 简阳 (成都) to the first session of the 18th city congress, reviewing the term to 2021, as a
mirror of a report collection reposts it with no date line (1 label, 2021's GDP; the term's averages, cumulative
investment and five years' income rises not labelled); all their results expected. The set was asked for the
provinces, counties, county-level cities and districts of Sichuan and Chongqing; forty-nine searches were answered
(of fifty allowed): naming 江安, 巫山, 垫江, 石柱, 古蔺, 梁平, 简阳's and 绵竹's neighbours, 宜宾's, 眉山's, 南充's, 凉山's,
阿坝's, 甘孜's, 攀枝花's, 达州's and 广安's counties and 重庆's counties and districts together, plan reports of
Sichuan's and Chongqing's counties and districts, reports of 2007 to 2015 and places' details (郎酒 赤水河, 阳光康养);
they reached mostly reports the corpus holds (兴文 2018 and 2021, 安居 2022, 酉阳 2022, 忠县 2021, 永川 2022, 理县 2018,
石棉 2021 and 2022, 渝中 2024, 四川 2008 to 2010, 2022, 2024 and 2026, 重庆 2013, 2014, 2020 and 2026, 四川's plan
of 2024),
copies in traditional characters (涪城 2019, 奉节 2010, 宣汉 2021, 宜宾 2017, 四川 2013, 璧山 2022), openings
that stop before the year's figures (长宁 2023, 垫江 2021, 石柱 2019, 城口 2023, 荥经 2018, 青神 2018, 盐源 2016, 四川 2012,
大渡口's plan of 2025, 四川's plan of 2025, 重庆's plan of 2023, 重庆 2025 at its first figure), openings with only
five years' averages (安岳 2022, 綦江 with its years masked), half-year reports (梁平 2022, 重庆 2025), statistical
bulletins (石柱 2022, 江津 2023, 万盛 2015, 潼南 2007), prefecture-level cities' reports (绵阳, 广元, 泸州, 乐山,
甘孜, 阿坝) and encyclopaedia entries, so that the set holds one plan report, of the province;
the four were labelled by hand before extraction ran on them (19 labels), and scored once on the branch as it stood
(41edd3e): recall 89.5% (17/19), precision 85% (17/20): all of 四川's plan of 2026's five, 四川 2015's five and 简阳's
one found, and six of 四川 2006's eight; missed 四川 2006's total budget revenue (全省地方财政一般预算总收入完成830.4亿元，
比上年增长23.6%, labelled 一般公共预算总收入 830.4 and 23.6 as sichuan-2008-gwr labels 财政一般预算总收入), not read;
wrong: three of 简阳's figures of the term, read as 2021's (完成全社会固定资产投资1257亿元, the five years' cumulative
investment, as 固定资产投资 1257 亿元; 城乡居民人均可支配收入分别增长49%、60%, the five years' rises, as the urban and
rural growths of 2021); six proposals of indicators outside the catalogue left out; the cites test passed; no label
changed.

Six more (`blind280`, reviewing 2017, 2018, 2020 and 2022 in Guangdong, work reports of four counties, a district and a
county-level city delivered 2018 to 2023) were found in the stored pages: 封开's of 22 January 2018 (肇庆) and 金平区's of
30 March 2021 (汕头) as an investment-promotion site (010b.com) lists them, each run together in one paragraph; 阳西's of
12 January 2019 (阳江) as a document-sales site previews it, its fixed-width lines joined by spaces inside words and before
numbers (地方一般公共预 算收入, 增长 1%); 大埔's of 4 February 2021 (梅州) reposted on a local portal; 鹤山's reviewing 2022
(江门) on the city government's site, with no date line (delivered 2023); and 郁南's of 1 March 2023 (云浮) reposted on a
report-collection site, kept to its last whole clause (…增长2.7%，), the stored copy breaking off in the next; all results
expected; amounts written in 万 keep their unit (47404万元, 2.64万元); 本级 and 公共财政预算收入 labelled as the local revenue;
鹤山's trade fall as written (下跌14.5); 大埔's 县城空气质量优良率 as the air-quality share; milestones (突破2万元, 首次突破20亿元大关),
output values (规模以上工业产值) and five-year averages not labelled. The set was asked for the counties, districts and
county-level cities of Guangdong; thirty-six searches were answered (of fifty allowed): naming 始兴, 仁化, 翁源, 南雄, 五华,
乳源, 新丰, 乐昌, 英德, 怀集, 饶平, 廉江, 潮阳, 鹤山, 信宜, 阳春, 电白, 高要, 龙门, 龙川, 郁南, 揭西, 澄海, 曲江, 四会, 徐闻, 阳山,
南澳, 东源, 惠来 and 连平 (the prefectures whose names grep finds least in sources.csv: 韶关, 清远, 肇庆, 湛江, 茂名, 揭阳, 潮州,
汕头, 河源, 云浮 first), the plan reports of 惠城, 端州 and the province's districts of 2012 and counties of 2009, and reports of
2008 by their words, they reached mostly reports the corpus holds (紫金 2020, 蕉岭 2020, 大埔 2020, 梅县区 2016, 梅县 2009,
新兴 2023, 陆丰 2022, 阳西 2023, 清城 2017's plan), prefecture-level cities (潮州 2021 and 2024, 梅州 2023, 惠州 2012, 2020 and
2025, 揭阳 2019, 阳江 2006, 河源 2009), copies in traditional characters (遂溪 2016, 郁南 2024, 鹤山 2020, 惠东 2013, 清城 2006,
连平 2016's congress news, 茂名 2020), statistical bulletins (怀集 2023, 遂溪 2020, 鹤山 2020, 佛冈 2009), openings that stop
before the year's figures (五华 2020, 鼎湖 2021's plan, a second page of 阳春 2023), news of congresses (饶平 2022, 徐闻 2021,
鹤山 2020 with no address) and overviews of places (始兴, 南雄, 英德, 怀集, 廉江, 电白, 龙门, 四会), so that the set holds no
plan report and none reviewing a year before 2017;
the six were labelled by hand before extraction ran on them (62 labels), and scored once on the branch as it stood
(c1e96a9): recall 96.8% (60/62), precision 100% (60/60): all of 封开's fourteen, 阳西's twelve, 金平区's eight and
郁南's nine found, 大埔's seven of eight and 鹤山's ten of eleven; missed 大埔's air-quality share named for the county
town (县城空气质量优良率99.7%) and 鹤山's trade fall written with 下跌 (外贸进出口总额229.4亿元，下跌14.5%, 下跌14.5); none
wrong; thirteen proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Three more (`blind281`, reviewing 2001, 2014 and 2021 in Beijing and Hebei, work reports of two districts and a
county) were found in the stored pages: qiaodong-2022-gwr, the report the district head 庄炳强 of 张家口's 桥东区 gave on 27
January 2022, as a report-collection site (bx2200.com) reposts it from its date line (10 labels); tongzhoubj-2015-gwr,
Beijing's 通州区 reviewing 2014 (13 January 2015), as the district government's site reposts it (12 labels); and
miyun-2002-gwr, the county 密云's report of 10 January 2002 reviewing 2001, as the report-archive site of
fengtaibj-2005-gwr gives it (18 labels; older than the 2005–2026 span asked for, taken as an older report the brief
welcomes; 国内生产总值 labelled as 地区生产总值, 财政收入 alone as 一般公共预算总收入 and 社会商品零售额 as 社会消费品零售总额);
all their figures expected. The set was asked for the provinces, counties, county-level cities and districts of Hebei,
Beijing and Tianjin; forty-nine look-ups (the brief allowed fifty) named 迁安, 宁晋, 三河, 武安, 任丘, 安平 (by its wire
mesh), 辛集 (by its leather), 平乡 (by its bicycles), 密云, 怀柔, 宝坻, 静海 and 顺义 one by one, 邢台's, 衡水's, 张家口's,
承德's, 唐山's, 石家庄's, 秦皇岛's and 邯郸's counties or districts together, Beijing's and Tianjin's district plan reports
(房山, 昌平, 朝阳, 大兴, 通州, 门头沟, 石景山), Hebei's county plan reports, 公文搜's reports of the three, and reports of
2007 to 2015 by their words; they reached mostly reports the corpus holds (蠡县 2017, 饶阳 2022, 霸州 2022, 大厂 2014, 乐亭
2007, 沧县 2014, 正定 2025, 张家口 2019 and 2024, 西城 2011, 2015's and 2023's plans, 东城 2019's plan and 2025, 东丽 2024's plan,
河东 2025's plan, 丰台 2005, 平谷 2017, 延庆 2023, 昌平 2023, 朝阳 2016, 通州 2016's plan, 大兴 2025, 滨海新区 2012 and
2014, 天津 2010's plan and 2013), reports whose jurisdiction and year it holds through another report (天津河北区
2026), copies in traditional characters (沙河 2017, 广阳 2016, 宁河 2025, 丛台 2024, 静海 2010, 南开 2010, 昌平 2007),
openings that stop before the year's figures or give only five years' averages (怀柔 2023, 石家庄新华区 2019, 石景山 2025,
河西 2014, 大兴 2017 and 2024's plan and 2018's plan, 昌平 2022, 围场 2021), mid-year plan reports to standing committees
(朝阳, 东城, 大兴), an English rendering of 平谷 2010, statistical bulletins and encyclopaedia entries, so that the set holds
no plan report and no report of Tianjin;
the three were labelled by hand before extraction ran on them (40 labels), and scored once on the branch as it stood
(e2a628a): recall 95.0% (38/40), precision 100% (38/38): all of 桥东's ten, 通州's twelve and sixteen of 密云's eighteen
found, 密云's 国内生产总值 and 财政收入 among them; missed 密云's retail sales under their older name (社会商品零售额18亿元，
增长9.1%, labelled 18 亿元 and 9.1 % of 社会消费品零售总额), 社会商品零售额 not read as the catalogue's indicator; none wrong;
four proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

One more (`blind282`, reviewing 2023 in Jiangxi, the work report of a district) was found in the stored pages:
zhanggong-2024-gwr, the second page of the work report of 赣州's district 章贡区 as a report-collection site (nec-driver.com,
a mirror of the bx2200.com collection) gives it, its first page not in the store; the page shows no title, date line or
speaker, and the district is read from the page itself (the 沙河院区 of 广东省人民医院赣州医院, the firms 华劲纸业 and
逸豪优美科, the 区政府党组), the date (12 January 2024) from a traditional-character repost of the same report that was not
copied; kept: points (五) and (六) of the review to the last whole sentence, with the year's new urban jobs (12375人) and
air-quality share (空气质量优良率99.2%, as dabu-2021-gwr's) expected (2 labels); the page gives no targets. The set was
asked for the provinces, counties, county-level cities and districts of Jiangxi; fifty look-ups (all the brief allowed)
named 鄱阳, 瑞昌, 修水, 婺源, 南丰, 井冈山, 信丰, 贵溪, 高安, 彭泽, 资溪, 莲花, 德兴, 崇义 and 上犹, 奉新, 安福, 渝水 and 分宜,
余干, 万年 and 弋阳, 玉山, 铅山 and 横峰, 乐平 and 浮梁, 宁都, 石城, 会昌 and 寻乌, 都昌, 湖口 and 武宁, 濂溪 and 柴桑, 萍乡's,
赣州's and 南昌's counties and districts together, the county plan reports of 2014 and 2023 and the district plan reports
of 南昌, report-collection sites' Jiangxi reports, the province's slogans of 2023 and 2024 (“三大高地”“五大战略”, “1269”
行动计划) and reports of 2007 to 2015 by their words (财政总收入, 500万元以上固定资产投资, 实际进资); they reached mostly
reports the corpus holds (进贤 2019, 大余 2018, 宜丰 2009, 吉安县 2015, 南城 2021, 铜鼓 2023, 靖安 2025), copies in
traditional characters (赣县 2011, 章贡 2019 and 2024, 临川 2025, 万载 2016, 宁都 2022, 九江 2014), openings that stop before
the year's figures (宜黄 2023, 上高 2024, 南康 2023 and its second page, 莲花 2016 of June), later pages without catalogue
figures (宁都 2025's third, a 宜春 county's second of 2023), copies rewritten by a document site (浔阳's of the 十一五's end,
its 发展 turned 开展 and its years turned 2023), news of congresses (上饶县 2019, 都昌 2021, 武宁 2022), statistical bulletins,
yearbook entries and overviews of places, so that the set holds one report, no plan report and none reviewing a year
before 2023;
the one was labelled by hand before extraction ran on it (2 labels), and scored once on the branch as it stood
(f76e4bc): recall 100% (2/2), precision 100% (2/2): both found; none missed, none wrong; thirteen proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.

Three more (`blind283`, reviewing 2016, 2022 and 2024 in Jilin and Heilongjiang, work reports of a county-level city
and two districts) were found in the stored pages: shuangliao-2022-gwr, the report the mayor 太史名华 of 四平's 双辽市 gave
on 27 December 2022, as a report-collection site (bx2200.com) reposts it (3 labels); songbei-2024-gwr, Harbin's 松北区
reviewing 2024 (30 December 2024), as a site of reports (cezhidao.com) gives it, its one catalogue figure the year's GDP
(1 label); and pingfang-2017-gwr, the paragraph of 2017's targets and the item after it of Harbin's 平房区, as a mirror page
(jmwjzz.com) gives it with no title or date line, the district taken from the copy's words (启动平房区“两个大厅”…改革,
两区行政审批) and the year from its first sentence (4 labels, all targets; the other two's figures expected). The set was
asked for the province, counties, county-level cities and districts of Heilongjiang and Jilin; forty-nine look-ups (the brief
allowed fifty) named 讷河, 依安, 拜泉, 克山, 宁安, 海林, 穆棱, 东宁, 林口, 肇东, 安达, 海伦, 尚志, 北安, 嫩江, 宝清, 集贤,
饶河, 富锦, 同江, 抚远, 汤原, 桦南, 勃利, 鸡东, 密山, 萝北, 绥滨, 肇州, 林甸, 杜尔伯特, 塔河, 呼玛, 漠河, 珲春, 敦化, 延吉,
公主岭, 梅河口, 榆树, 农安, 梨树, 伊通, 双辽, 东丰, 东辽, 集安, 临江, 浑江, 江源, 靖宇, 长白, 前郭, 长岭, 乾安, 扶余 and
宁江 a few at a time, 五常 (by its rice), 抚松 (by its ginseng) and 绥芬河 (by its port), Harbin's and Changchun's district
plan reports, the two provinces' county plan reports, 公文搜's, bx2200's and cezhidao's reports of the two, and reports of
2008 to 2015 by their words; they reached mostly reports the corpus holds (北林 2025, 友谊 2024, 桦川 2023, 木兰 2023's plan,
镇赉 2023's plan, 通化县 2026's plan, 通榆 2026's plan, 龙井 2026, 梨树 2019, 翠峦 2016, 平房 2019 and 2020, 阿城 2011),
reports of prefecture-level cities (延边 2015 and 2021, 伊春 2022 and 2023, 大庆 2022, 齐齐哈尔 2022, 吉林市 2011), copies in
traditional characters (香坊 2019, a forest city's 2017 report), openings that stop before the year's figures or give only
five years' averages (肇源 2021, 虎林 2025, 道里 2022, 2023 and 2026, 南岗 2018), a 大兴安岭 county's 2024 report with no
address, news of congresses (依兰 2022, 友谊 2024, 龙井 2026, 延吉 2019) and overviews of places (抚松, 双辽, 宁江, 富锦),
so that the set holds no plan report and no county;
the three were labelled by hand before extraction ran on them (8 labels), and scored once on the branch as it stood
(f2a0064): recall 100% (8/8), precision 100% (8/8): all of 双辽's three, 松北's one and 平房's four found; none missed,
none wrong; four proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

One more (`blind284`, reviewing 2024 in Xinjiang, the work report of a county-level city) was found in the stored pages:
huyanghe-2025-gwr, the report the mayor 宋学华 of 胡杨河市 (the city of the Corps' 7th division) gave on 19 February
2025, as the city government's site gives it (8 labels; 一般公共预算收入 labelled as the local revenue, 一产增加值 as
第一产业增加值 and 总产29.1万吨 after the grain area as 粮食产量; the copy's dropped semicolons and numbers kept as given);
all its figures expected. The set was asked for the provinces, counties, county-level cities and districts of Hainan,
Ningxia, Qinghai, Xinjiang and Tibet; fifty look-ups (all the brief allowed) named 盐池, 互助, 澄迈, 昌吉, 贺兰, 格尔木,
库尔勒, 万宁, 陵水, 儋州, 青铜峡, 伊宁, 米东, 金凤, 拉萨's 城关, 秀英, 利通, 大武口, 伊州, 乐都, 定安, 五指山, 阿克苏, 堆龙德庆,
大通, 灵武, 库车, 琼海, 石河子 and 湟中 one by one, the five's county work and plan reports together, their reports by
their words (治疆方略, 黄河流域先行区, 三江源, 海南自由贸易港, 援疆, 援藏, 生态畜牧业, 国际旅游岛) and 公文搜's reports of
four of them; they reached mostly reports the corpus holds (中宁 2026, 湟源 2025, 尉犁 2025, 麦盖提 2021, 疏附 2023, 吐鲁番
2025, 果洛 2018, 文昌 2020, 崖州 2021, 美兰 2017, 屯昌 2022, 琼中 2024's plan, 拉萨 2011, 2016, 2017 and 2018, 山南 2019, 中卫
2023, 银川 2025, 海南 2010 and 2020's plan, 新疆 2017, 2022 and 2023), a report whose jurisdiction and year it holds
through another (海南 2022's plan), prefecture-level cities outside the levels asked for (西宁 2016, 儋州 2022 with five
years' averages only), copies and news in traditional characters (湟中 2024, 西宁城中区 2023, 海口 2013, 新疆 2004), news
without the year's figures (伊吾 2024, 独山子 2023, 保亭 2022), news digests (堆龙德庆 2021, 兵团第八师 2022), an opening that
stops before the figures (海南 2025's plan), statistical bulletins and encyclopaedia entries, so that the set holds no
plan report and no report of Hainan, Ningxia, Qinghai or Tibet;
the one was labelled by hand before extraction ran on it (8 labels), and scored once on the branch as it stood
(f877fdf): recall 100% (8/8), precision 100% (8/8): all eight found,
胡杨河's unpunctuated run (增长2.6%一般公共预算收入11.1亿元…增长6%经济社会) among them; none missed, none wrong; five
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Four more (`blind285`, reviewing 2015, 2017, 2024 and 2025 in Tianjin and Chongqing, work reports of a county and two
districts and a county's plan report) were found in the stored pages: jixian-2016-gwr, the Tianjin county 蓟县 (now
蓟州区) reviewing the 12th five-year period in January 2016, as a site reposts it with no date line (2 labels: the levels
of 2015 closing its spans, 409 亿元 of GDP and 38.6 亿元 of local revenue; the 2010 bases, the five-year averages and
totals and the five years' binding targets not labelled); jiulongpo-2018-gwr, the report the district head 刘小强 of
Chongqing's 九龙坡区 gave on 12 January 2018, as a blog on chinavalue.net reposts it (2 labels; kept to its last whole
sentence, 初步预计，2017年地区生产总值可实现1135亿元，增长8.3%。, the run of clauses after it, in which the stored copy
breaks off before a full stop, left out with its four figures); hongqiao-2025-gwr, Tianjin's 红桥区, as the second
page of a report-collection site's (bx2200.com) repost gives it from part 二 (5 labels, the targets of 2025: 5.5%左右,
5%左右, 6, 5 and 居民收入增长与经济增长基本同步 as 居民人均可支配收入's worded target; 节能减排降碳完成市级下达目标任务 not
labelled, as no set labels 节能减排降碳完成…任务); and fengdu-2026-plan, the plan report of the Chongqing county 丰都县
reviewing 2025, as the county government's site posts it (2 labels, 455.3 亿元 and 5.5, the page's text having lost
the percent sign and full stop after 5.5, where the copy ends). The set was asked for the provinces, counties,
county-level cities and districts of Chongqing and Tianjin; forty-six look-ups (the brief allowed fifty) named 江津,
合川, 綦江, 垫江, 云阳, 铜梁, 石柱, 大渡口, 丰都, 秀山, 九龙坡, 彭水, 长寿, 荣昌, 城口, 武隆, 巫溪, 沙坪坝, 涪陵, 潼南,
南川, 大足, 开州 and 万盛 (with 煤) one by one, 宝坻, 西青, 红桥, 津南, 北辰, 静海, 蓟县, 蓟州, 宁河, 塘沽 and 东丽 one by one,
Tianjin's district plan reports, 合川市's report of 2006, Chongqing's county reports of 2010 and Tianjin's of 2014 by
their words, and the report-collection site's headings of the two; they reached mostly reports the corpus holds (永川
2022, 忠县 2021, 渝北 2021, 酉阳 2022, 潼南 2019, 北碚 2021, 武清 2020 and 2021's plan, 东丽 2024's plan, 长寿 2025's plan,
涪陵 2023's plan, 万州 2024 and 2025's plan, 滨海新区 2012, 梁平 2023), reports whose jurisdiction and year it holds through
another report (天津河北区 2026), copies in traditional characters (奉节 2010, 垫江 2023, 荣昌 2021 and 2024, 涪陵 2024,
彭水 2025, 长寿 2022, 静海 2016, 南开 2010, 宁河 2025), openings that stop before the year's figures or give only five
years' averages (江津 2020, 垫江 2021, 南岸 2024, 大渡口 2025's plan, 城口 2025's plan, 武隆 2024, 大足 2024 and 2022's
plan, 万州 2021's plan, 西青 2018's plan, 滨海新区 2019, 开州 2026), copies with their years and words replaced (綦江's
older report, 东丽 2016, 南川 2022), mid-year plan reports to standing committees (梁平, 云阳), news accounts and digests
(武隆 2020, 宝坻 2016, 大足 2024's 摘登, 铜梁 2016 and 2018), statistical bulletins and encyclopaedia entries;
the four were labelled by hand before extraction ran on them (11 labels), and scored once on the branch as it stood
(732e736): recall 100% (11/11), precision 100% (11/11): all of 蓟县's two, 九龙坡's two, 红桥's five and 丰都's two found,
丰都's 5.5 written without its lost percent sign and 红桥's worded income target among them; none missed, none wrong;
three proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Five more (`blind286`, reviewing 2013, 2019, 2021, 2023 and 2024 in Hubei and Hunan, work reports of two county-level
cities and a county and a plan report of a district) were found in the stored pages: daye-2025-gwr, the report the acting
mayor 潘小进 of 黄石's county-level city 大冶 gave on 5 January 2025, reviewing 2024, as the city government's site gives it
(6 labels; 首次突破900亿元大关 a milestone, not labelled); daye-2022-gwr, 大冶's report of 8 March 2022 reviewing 2021, from the
same site (15 labels; plain 工业增加值 not labelled, 财政总收入 labelled as 一般公共预算总收入 and 外贸出口 as 出口总额, as
daye-2023-gwr's are); liuyang-2024-gwr, 长沙's county-level city 浏阳 reviewing 2023 (29 January 2024), as a mirror of a
report-collection site reposts it (4 labels); xinshao-2014-gwr, the report the deputy county head 阳晓华 of 邵阳's county 新邵
gave on 27 April 2014, reviewing 2013, as the county government's site gives it (7 labels, final, given from April of the
next year on; 财政收入 alone labelled as 一般公共预算总收入, the 规模工业 value added as 规上工业增加值, 粮食总产 as 粮食产量); and
wuchang-2020-plan, Wuhan's district 武昌区's plan report of 24 December 2019 reviewing 2019, as the district congress's site
gives it (11 labels from its table of the year's targets and expected results; the two results written 完成 alone and the
carbon target 市级未下达目标 not labelled); the other results expected. The set was asked for the provinces, counties,
county-level cities and districts of Hubei and Hunan; twenty-eight look-ups (the session's search budget ran out there, short of
the fifty the brief allowed) named 利川, 凤凰 (by its tourism), 大冶, 醴陵, 汉川, 宁乡, 宜都, 浏阳 (by its fireworks), 耒阳, 麻城,
邵东, 新邵, 株洲县 (twice), 松滋, 平江 and 恩施's counties one by one, 公文搜's county reports of the two provinces, Wuhan's and
长沙's district plan reports, county plan reports of 2013 to 2015, and county reports of 2007, 2009, 2010 and 2012 by their
words; they reached mostly reports the corpus holds (长沙县 2022, 湘潭县 2022, 浏阳 2022, 宜都 2017, 黄梅 2016, 桂阳 2016, 新晃
2019, 隆回 2019, 沅陵 2018, 新邵 2020, 株洲县 2010, 大冶 2022, 武昌 2018, 汉南 2020 and 2021's plan, 邵阳 2014), copies in
traditional characters (醴陵 2022, 宜都 2024, 芷江 2016), openings that stop before the year's figures or give only five years'
averages (江陵 2020, 汉川 2020, 株洲县 2005, 宜章 2010), a template with XX for figures (汉川 2023), statistical bulletins
and news of provincial and prefectural reports;
the five were labelled by hand before extraction ran on them (43 labels), and scored once on the branch as it stood
(a538032): recall 74.4% (32/43), precision 94.1% (32/34): all of
大冶's twenty-one, 浏阳's four and 新邵's seven found (新邵's 财政收入 and 规模工业增加值 among them, final as labelled); missed
all eleven of 武昌's, its table given one cell a line (地区生产总值 | 7.8% | 1450亿元 | 8% |) not read as a table, so that
neither its targets (7.8, 6, 15, 与经济增长基本同步, 完成市级下达目标) nor its expected results (1450, 8, 140.7, 0, 283, 16) were
proposed; wrong: two of daye-2022-gwr's, its plain 工业增加值增长26.2%，达到293.7亿元 proposed as 规上工业增加值 (26.2 % and
293.7 亿元), which the labels leave out as the corpus leaves plain 工业增加值; fourteen proposals of indicators outside the

Three more (`blind287`, reviewing 2005, 2011 and 2015 in Guangdong and Zhejiang, work reports of prefecture-level
cities) were found in the stored pages: zhanjiang-2012-gwr, 湛江's report for its congress of 2012 reviewing 2011, as the
model-texts site of dongling-2010-gwr reposts it without date line or speaker (8 labels; 来源于湛江的财政总收入 labelled as
一般公共预算总收入, as zhanjiang-2018-gwr labels it); shaoxing-2016-gwr, the report the mayor 俞志宏 of 绍兴 gave on 12
January 2016 reviewing 2015 and 十二五, as China Economic Net's collection of 2016 reports reprints it (5 labels: the levels
of 2015 that end the five-year review, its five-year averages left out, as diqing-2016-gwr leaves them); and
guangzhou-2006-gwr, a newspaper's report (reposted by Sohu) of the work report the mayor 张广宁 of 广州 gave on 23 March 2006
reviewing 2005 (3 labels; the GDP target of 2006, written twice, labelled once); all results expected. The set was asked
for provinces and prefecture-level cities (地级市, 自治州, 地区) reviewing 2005 to 2016; forty-eight look-ups (the brief
allowed fifty) named autonomous prefectures and 地区 together (their reports of 2009 to 2014 and their plan reports), 文山,
黔南, 临夏, 鸡西 (twice), 钦州, 阳泉, 双鸭山, 玉林, 鹰潭, 金昌 (by its nickel), 辽源 (by its socks), 崇左 (by its sugar),
大理, 济南, 芜湖, 宜宾, 绍兴, 嘉兴, 扬州, 潍坊, 泸州, 湛江, 镇江, 盐城, 安庆, 南充, 广元, 烟台 and 唐山 one by one, the provinces
宁夏, 河北 and 云南, cities' plan reports of 2007 to 2014, and reports of 2005 to 2011 by their words and by a model-texts
site's blurb; they reached mostly reports the corpus holds (迪庆 2012 and 2016, 山西 2009, 四平 2012, 泉州 2012, 周口 2009,
梧州 2012, 眉山 2014, 成都 2014, 上海 2008's plan, 浙江 2008, 南通 2011, 包头 2013, 广州 2011, 鞍山 2007, 金华 2007, 遵义
2006, and 山东 2011, 福建 2013, 安徽 2009, 四川 2009 and 北京 2010 through the years the corpus holds), copies in traditional
characters (昭通 2012, 宁夏 2008, 七台河 2009, 马鞍山 2016, 九江 2014, 阜阳 2014, 宜宾 2017, 盐城 2010, 绍兴 2014, 镇江 2017,
甘肃 2015), openings that stop before the year's figures or give only five years' spans and averages (大理 2015, 宣城 2011,
湛江 2015, 浙江 2010, 武汉 2006), pages with no address (济南 2012, 广元 2016, 济宁 2006), a 鸡西 report's page of
targets with no year, news of meetings, statistical bulletins and encyclopaedia entries, so that the set holds no plan
report, no report of a province and none of an autonomous prefecture or 地区;
the three were labelled by hand before extraction ran on them (16 labels), and scored once on the branch as it stood
(b0ec21b): recall 100% (16/16), precision 100% (16/16): all of 湛江's eight, 绍兴's five and 广州's three found, 湛江's
来源于湛江的财政总收入 and 绍兴's 外贸出口 among them; none missed, none wrong; eight proposals of indicators outside the
catalogue left out; the cites test passed; no label changed.

Two more (`blind288`, reviewing 2005 and 2012 in Shanghai, mid-year plan reports of the municipality and of a
district) were found in the stored pages: yangpu-2012-plan, 杨浦区's report on the first half of 2012, as the district
government's disclosure site gives it, its opening paragraph and table 一 to its last whole row (2 labels: the year's
targets of 区级财政收入, labelled as the local revenue, and of retail sales; the column is headed 2011年年初 预期目标 but
is set against the first half of 2012, so labelled 2012); and shanghai-2005-plan, 东方早报's report (via Sina) of the
mid-year plan report 蒋应时 made to the municipal congress's standing committee on 10 August 2005 (2 labels: the year's
GDP target 11%左右 and its expected growth in words, 有望连续十四年保持两位数增长); the half years' figures are not
labelled, as jiading-2017-plan leaves them. The set was asked for plan reports only; fifty look-ups searched plan reports
of counties and districts by their titles for 2007 to 2025, by province (云南, 贵州, 黑龙江, 新疆, 旗 of Inner Mongolia), by
their opening words (受县人民政府委托, 书面, 主要指标预期完成情况), and by name (增城, 从化, 南沙, 龙岗, 福田, 南山, 上城,
长宁, 闵行, 杨浦, 宝山); they reached mostly plan reports the corpus holds (洞头 2016, 罗庄 2010, 东丽 2021 and 2024, 黄陂
2023, 官渡 2022, 上城 2020 and 2023, 江干 2020, 长宁 2018, 南昌西湖区 2015, 高邮 2021, 深圳 2011 and 2016, an unnamed
county's of 2008), plan reports whose stored openings stop before any figure (开化 2010, 长宁 2022 and 2023's drafts for
comment, 杨浦 2019's mid-year), mid-year reports giving only the half year's results against unstated targets (龙岗 2015,
官渡 2023), news of congresses and of government meetings that name a plan report without its figures (武义, 武山, 睢阳,
桦南, 牟定, 瑞安), a copy in traditional characters (秀山 2020's mid-year meeting), statistical bulletins, and work
reports, so that the set holds two reports;
the two were labelled by hand before extraction ran on them (4 labels), and scored once on the branch as it stood
(71f32a3): recall 0% (0/4), precision 100% (0/0, no proposal): missed all four, 杨浦's two targets in the table's
one-cell-a-line rows (区级财政收入增长率 … 10%, 社会消费品零售总额增长率 … 13%) and 上海's target of 2005 (确保完成全年11%左右的
经济预期增长目标, written as the economy's growth, not 生产总值's) and its worded expected growth (有望连续十四年保持两位数增长);
nothing wrong; no proposal of indicators outside the catalogue; the cites test passed; no label changed.

Six more (`blind289`, reviewing 2007, 2009, 2011, 2012 and 2013 in Zhejiang and Jiangsu, work reports of five districts
and a district plan report) were found in the stored pages: tianning-2014-plan, the plan report of 常州's 天宁区 reviewing
2013 as the district's site gives it with the notice of 24 February 2014 issuing it, prose and table (12 labels, each figure
the two give labelled once); zhonglou-2008-gwr, a page of 钟楼区's site filed under 2008 whose copy opens at the targets of
2008, taken as the work report as zhonglou-2010-gwr was (11 labels, 削减率8 and 削减率5 written with the copy's words);
yuhang-2013-gwr, 余杭区's report of 25 February 2013 reviewing 2012 (19 labels); jianggan-2013-gwr, 江干区's of 21 January
2013 (12 labels) and shangcheng-2012-gwr, 上城区's of 13 February 2012 (12 labels), as the merged 上城区's site keeps them;
and xiacheng-2010-gwr, 下城区's report reviewing 2009, as the merged 拱墅区's site keeps it, cut at its last whole clause
(4 labels); all their results expected, zhonglou's figures targets. The set was asked for the provinces, counties,
county-level cities and districts of Zhejiang and Jiangsu reviewing 2005 to 2014; thirty-one look-ups (the brief allowed
fifty) named 诸暨, 江阴, 温岭, 溧阳 and 金坛, 如皋, 海安, 如东 and 启东, 沭阳, 泗阳 and 泗洪, 海门, 东海, 高淳 and 溧水, 丽水's
and 宁波's counties, 南京's, 无锡's, 苏州's, 常州's and 杭州's districts, Zhejiang's and Jiangsu's county and district plan
reports and 浙江在线's county sub-sites; they reached mostly provincial and city reports, reports the corpus holds (常熟
2011, 武义 2010, 开化 2012, 越城 2014's plan, 余杭 2009, 钟楼 2010), a 开化 plan report of 2010 whose opening stops before
the figures, copies in traditional characters (海门 2005 and 2006, 东海 2012, 泰兴 2010, 余杭 2012), a 西湖区 report with
its years written 20xx, an English rendering of 绍兴县 2010, statistical bulletins and news, so that the set holds no
county's report and no Jiangsu report but the two of 常州's districts;
the six were labelled by hand before extraction ran on them (70 labels), and scored once on the branch as it stood
(1d5d326): recall 88.6% (62/70), precision 98.4% (62/63): all of 江干's twelve and 下城's four found, 余杭's
eighteen of nineteen, 天宁's ten of twelve, 钟楼's six of eleven and 上城's eleven of twelve; missed 天宁's and 钟楼's 实际到账外资 as
实际利用外资 (3 亿美元 and 149.89 %, 2 亿美元 as a target), 钟楼's cuts written as rates (化学需氧量排放削减率8%,
二氧化硫排放削减率5%) and its retail target under the older name (社会商品零售总额增长15%以上), 余杭's 主要污染物化学需氧量削减6.5%
and 上城's local revenue growth told after the level (仍实现了增长6%的既定目标); one wrong: 上城's real-estate part of the
local revenue (房地产（含二手房交易）地方财政收入下降13.2%) proposed as the local revenue's fall; twenty proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.

Five more (`blind291`, reviewing 2010, 2011, 2014 and 2015 in Hubei, work reports of five districts of Wuhan) were
found in the stored pages: hongshan-2011-gwr, 洪山区's report on 2010 and the 十一五 years as the district's site published
it on 11 March 2011 (4 labels); jianghan-2011-gwr, 江汉区's report closing the term elected in 2006, reviewing 2011, as a
mirror of Wuhan's district pages posted it on 19 December 2011, its 年的 lost in 由2006216.4亿元预计增长到2011550亿元
(4 labels); dongxihu-2015-gwr, 东西湖区's of 8 January 2015 (10 labels) and jiangan-2015-gwr, 江岸区's of 6 January 2015
(8 labels), both reviewing 2014; and xinzhouqu-2015-gwr, 新洲区's of 25 December 2015 on 2015 and the 十二五 years, with
the notice issuing it, as the same mirror gives it (3 labels); all their results expected, the levels at the ends of
five-year spans labelled and the spans' averages and multiples not, as wuchang-2010-gwr does. The set was asked for the
provinces, counties, county-level cities and districts of Hunan and Hubei reviewing 2005 to 2016; thirty look-ups (the
brief allowed fifty) searched county work and plan reports of both provinces by their titles and opening words, by
document sites' titles ((湖北省)…县人民政府工作报告), by name (房县, 洪湖, 浏阳, 利川, 麻城, 涟源, 宁乡, 醴陵, 秭归, 蕲春,
夷陵, 天元, 岳塘 and 雨湖, 开福 and 芙蓉, and Wuhan's 武昌, 江汉, 东西湖 and 新洲) and by autonomous counties; they
reached mostly reports the corpus holds (桂阳 2016, 洪湖 2016, 潜江 2012, 武昌 2010, 黄梅 2016, 汉南 2015, 汉阳 2016,
江岸 2011, 长沙 2011 and 2015, 湖北 2011 and 2013), reports outside the years asked (房县 2024, 沅陵 2018, 谷城 and 江陵
2020, 武昌 2019, 醴陵 2023), a copy in traditional characters (咸安 2016, 江汉 2017), a 江汉 2016 report whose stored
opening stops before its figures, a 江岸 2013 report stopping inside its first figure, an unnamed county's plan report of
2008, statistical bulletins (花垣 2006, 开福 2010, 雨花 2011) and news of county economies and congresses, so that the
set holds no Hunan report and no county's;
the five were labelled by hand before extraction ran on them (29 labels), and scored once on the branch as it stood
(d03afee): recall 93.1% (27/29), precision 96.4% (27/28): all of 洪山's four, 东西湖's ten and
江岸's eight found, 江汉's three of four and 新洲's two of three; missed 江汉's GDP of 2011 (550, which the copy glues to
its year, 预计增长到2011550亿元) and 新洲's 规模以上工业增加值 told second in a pair with the output (分别达到835.0亿元、217.7亿元);
one wrong: that glued GDP proposed as 2011550; seven proposals of indicators outside the catalogue left out; the cites
test passed; no label changed.
Four more (`blind292`, reviewing 2005, 2013 and 2015 in Shandong and Henan, work reports of two counties, a district and
a province) were found in the stored pages: jinxiang-2014-gwr, 金乡县's report of 4 January 2014 reviewing 2013, as a
mirror of the county's page gives it (its date line written 20141月4日; 12 labels, the incomes' growths run together as
增长12%13%); guancheng-2016-gwr, 管城回族区's report reviewing 2015, as a report-collecting site gives it from the
review's heading on, with no title or date (16 labels, 服务业增加值 as 第三产业增加值); wulian-2016-gwr, 五莲县's report of
6 January 2016, as a document site reposts it with line breaks inside words (完成规 / 模以上固定资产投资) and garbled marks
(11 labels); and henan-2006-gwr, 大河报's reading (via Sina) of 河南's report of 15 January 2006, quoting it and glossing it
(5 labels, the GDP's 突破1万亿元 a milestone left out, the grain written 916.4亿公斤); all their results expected. The set was
asked for the provinces, counties, county-level cities and districts of Shandong and Henan reviewing 2005 to 2016;
forty-nine look-ups (the brief allowed fifty) named 单县, 郓城, 菏泽's, 驻马店's (新蔡, 平舆, 正阳), 信阳's (固始, 潢川, 光山),
安阳's (汤阴, 内黄, 滑县), 洛阳's (孟津, 偃师, 伊川, 栾川), 临沂's (沂水, 蒙阴, 费县, 莒南), 济南's (章丘, 平阴, 商河, 济阳),
济宁's (曲阜, 邹城, 兖州), 烟台's (招远, 龙口, 莱阳, 栖霞) and 郑州's counties and districts, 林州, 临朐, 诸城, 永城, 禹州,
长垣, 乐陵, 淄博's and 菏泽's, 临沂's and 泰安's districts, the county and district plan reports of both provinces, a
河南省发改委 collection of county reports and the places' industries (起重, 钧瓷, 金丝小枣); they reached mostly reports the
corpus holds (沂源 2012, 五莲 2012, 浚县 2012, 苍山 2011, 商城 2006, 获嘉 2010, 新郑 2013, 孟州 2012, 山东 2010, 周口
2014), copies in traditional characters (汶上 2008, 梁园区 2015, 周口 2013, 济南市中区 2015, 河南 2016, 山东 2008), city
reports, a mid-year plan report of 西平 with only the half year's results, a 伊川 county head's speech to the county's party plenum and economic work meeting, news
of congresses without figures, statistical bulletins and chronicles, so that the set holds two Shandong reports and two
of Henan;
the four were labelled by hand before extraction ran on them (44 labels), and scored once on the branch as it stood
(1647c37): recall 95.5% (42/44), precision 95.5% (42/44): all of 金乡's twelve, 管城's sixteen and 五莲's eleven found and
河南's three of five; missed 河南's incomes the paper's 解读 gives (城镇居民人均可支配收入8650元，农民人均纯收入2870元), which
were proposed as 2004's final results (the sentence before them names 2004 as the base of the per-capita GDP), the two
wrong proposals; six proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Three more (`blind293`, reviewing 2008, 2020 and 2021 in Shanxi and Inner Mongolia, work reports of two counties and a
banner) were found in the stored pages: xianghuangqi-2021-gwr, the report of 锡林郭勒's 镶黄旗 of 30 March 2021, as the
league's site gives it from its date line to item （一）'s last whole sentence (4 labels: 2020's GDP, 一般公共财政预算收入 as
the local revenue, and the urban and 牧区 incomes; the five-year averages not labelled); xinghe-2022-gwr, 乌兰察布's 兴和县's
report of 6 January 2022 reviewing the 15th government's term, as a content site reposts it (2 labels: the incomes the term
reached, 32432 and 12787 元, labelled 2021's, expected; the span's base and the term's cumulative totals not labelled); and
xiyang-2009-gwr, 晋中's 昔阳县's report of 16 May 2009 reviewing 2008, as a document site's preview gives it with most figures
stripped with their names (，同比增长16%；，%，…), kept as given (1 label: 农民人均纯收入达到3390元, final). The set was asked
for the provinces, counties, county-level cities and districts of Hebei, Shanxi and Inner Mongolia reviewing 2005 to 2025;
fifty look-ups named 承德's, 张家口's, 邢台's, 衡水's and 保定's counties, 唐山's and 石家庄's districts, 忻州's, 吕梁's, 长治's,
晋中's, 大同's and 朔州's counties, 太原's and 大同's districts, 巴彦淖尔's, 赤峰's, 通辽's, 乌兰察布's and 锡林郭勒's banners and
counties, 兴安盟's and 呼伦贝尔's county-level cities, the banners' and counties' plan reports of 2014 to 2025 and the
(河北)/(山西)/(内蒙古) reposts of content sites; they reached mostly reports the corpus holds (山西 2009, 包头 2013, 张家口
2019, 代县 2023, 浮山 2019, 蠡县 2017, 正蓝旗 2019 and 2022, 东乌珠穆沁旗 2022, 克什克腾旗 2014, 新巴尔虎左旗 2018, 苏尼特右旗
2023, 陵川 2026, 夏县 2024, 正定 2025), copies in traditional characters (额济纳旗 2010, 固阳 2025, 克什克腾旗 2025, 沙河 2017,
广阳区 2016, a 林区 city's of 2017, 巴林右旗 2020), plan reports whose stored openings stop before the year's figures (正蓝旗
2025) or give only three quarters' (锡林浩特 2022), 围场's mid-year report of July 2021 giving only five-year averages,
an anonymised banner's report of 2006 (xx旗), a Mongolian-script page, yearbooks, statistical bulletins and news, so that
the set holds no Hebei report;
the three were labelled by hand before extraction ran on them (7 labels), and scored once on the branch as it stood
(57af443): recall 71.4% (5/7), precision 62.5% (5/8): 兴和's two and 镶黄旗's GDP, local revenue and urban income found;
missed 镶黄旗's 牧区常住居民人均可支配收入完成17441元 as the rural income, and 昔阳's 农民人均纯收入达到3390元, proposed as
2007's (the clause before it names 2007年 as the base of a ranking); three wrong: 昔阳's 3390 as 2007's, and 兴和's term totals
(500万元以上固定资产投资累计达到83亿元, 社会消费品零售总额累计达到100亿元) proposed as 2021's investment and retail sales; four
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind294`, reviewing 2015 and 2022 in Guizhou, of two districts of Guiyang) were found in the stored pages:
huaxi-2023-gwr, 花溪区's report of 15 February 2023 reviewing 2022, as a report site reposts it from its date line to the
last whole sentence before the copy breaks off (5 labels: the GDP's level and growth, the local revenue's growth on its
comparable basis, 同口径增长8.74%, and the urban and rural incomes' growths); and wudang-2016-gwr, a news aggregator's
repost of the news of 乌当区's congress of 24 February 2016 quoting the report, taken as the work report as
jingdong-2023-gwr was (1 label: 地区生产总值完成145.08亿元, the level at the end of the 十二五 years, labelled as 2015's
result; its 年均增长17% a five-year average, not labelled); all their results expected. The set was asked for the
provinces, counties, county-level cities and districts of Yunnan, Guizhou and Guangxi; fifty look-ups (the brief's whole
budget) searched work and plan reports of the three provinces' counties by year (2010, 2012, 2013, 2015, 2022 to 2024), by
their slogans (加速发展、加快转型、推动跨越, 富民强桂, 桥头堡, 强省会, 围绕四新主攻四化, 一区两地一园一通道), by local
trades (糖料蔗, 烤烟, 边贸), by the reposting sites' titles ((云南省)…人民政府工作报告(全文)), and by name (岑溪, 建水,
湄潭, 祥云, 容县, 凤冈, 砚山, 会泽, 新平, 呈贡, 花溪, 青秀, 观山湖, 清镇, 钟山, 乌当, 南明, 云岩, 麒麟, 兴义, 凯里, 南宁's
districts, 黔南's counties, 昆明's districts' plan reports); they reached mostly reports the corpus holds (黎平 2023, 牟定
2024, 双柏 2020, 马山 2021, 横州 2026, 万秀 2023, 玉屏 2023, 官渡 2022's plan, 五华 2023, 开阳 2023, 景东 2023, 三穗 2011,
黔西南 2021, 德宏 2025), openings that stop before any figure (水城区 2023, 麒麟区 2023, 马关 2010's news), copies in
traditional characters (鹤庆 2018, 金秀 2023, 呈贡 2022, 维西 2012, 雷山 2012, 兴义 2011), machine-written summaries (沧源
2024), a county's profile (平果), provincial and city reports, statistical bulletins and reports of other provinces, so
that the set holds no report of Yunnan or Guangxi and no plan report;
the two were labelled by hand before extraction ran on them (6 labels), and scored once on the branch as it stood
(80bce59): recall 100% (6/6), precision 100% (6/6): all six found, nothing missed, nothing wrong; one proposal of an
indicator outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind295`, reviewing 2016, 2017, 2022 and 2023 in Fujian, Anhui and Jiangxi, work reports of two districts
and two provinces) were found in the stored pages: fuzhou-cangshan-2024-gwr, the report of 福州's 仓山区 of 24 December
2023 as a reports mirror gives it, opening at its date line, with the year's expected figures (15 labels);
fuzhou-changle-2023-gwr, 长乐区's of 27 December 2022 from another mirror, cut at its last whole clause after the GDP's and the primary
sector's growths (2 labels; 突破1200亿元 a milestone); anhui-2018-gwr, 李国英's report of 22 January 2018 as 中国经济网
reposts it, whose five years' spans end at 2017's levels (4 labels; the averages and the spans' starts not labelled); and
jiangxi-2017-gwr, page 3 of 中国发展门户网's reprint of the province's report of early 2017, with one figure of 2016
(全省城镇化率达到53.1%, 1 label); both districts named after their city (fuzhou-) since cangshan- and changle- are
Shandong counties' names in the corpus. The set was asked for the provinces, counties, county-level cities and districts of
Fujian, Jiangxi and Anhui, plan reports first; fifty look-ups searched county and district plan reports of the three
provinces by their titles and opening words (受县人民政府委托, 现将…提请审议), named counties and districts one after another
(婺源, 歙县, 长汀, 乐平, 鄱阳, 修水, 仓山, 田家庵, 桐城, 晋安, 屯溪, 信州, 渝水 and 临川, 南康 and 赣县, 福清, 肥东, 丰城), searched
by places' own details (泾县's 宣纸, 南丰's 蜜桔, 安溪's 铁观音, 凤阳's 小岗村, 青阳's 九华山, 古田's 食用菌), by the eras' slogans
(海峡西岸经济区, 鄱阳湖生态经济区, 皖江城市带), by the mirrors' title formats, and for the three provinces' reports of the years
the corpus lacks; they reached mostly reports the corpus holds (宜丰 2008, 松溪 2018, 大余 2017, 进贤 2018, 上杭 2019, 泾县
2006, 宿松 2018, 湖里 2015, 台江 2015, 霞浦 2019, 诏安 2022, 闽清 2018, 庐江 2021, 濉溪 2022, 长丰 2017, 巢湖 2015, an unnamed
county's plan report of 2008, the provinces' reports reviewing 2008, 2011, 2012, 2016, 2018 and 2021), copies in
traditional characters (黟县 2016, 漳平 2024, 万载 2015, 和县 and 郎溪 2017, 临川 2024, 章贡 2023, 江西 2012 and 2019's), openings that stop before the figures
(宜黄 2022, 南康 2022, 天长 2015's five years), a report with its years written 20XX, news, statistical bulletins and
gazetteers, and no county's or district's plan report, so that the set holds no county's report;
the four were labelled by hand before extraction ran on them (22 labels), and scored once on the branch as it stood
(3467cfb): recall 95.5% (21/22), precision 95.5% (21/22): all of 仓山's fifteen, 长乐's two and 安徽's four found;
missed 江西's 常住人口城镇化率 of 2016 (全省城镇化率达到53.1%, a result of the review on a page that names no year before it);
one wrong: that figure proposed as a target of 2017 (常住人口城镇化率 53.1, target, 2017); seven proposals of indicators outside
the catalogue left out; the cites test passed; no label changed.
One more (`blind296`, reviewing 2000 in Heilongjiang, a county's work report) was found in the stored pages:
nenjiang-2001-gwr, the abstract (摘要) of the work report of 黑河's county 嫩江县, given by the county head 亢稚林 on 13
March 2001 and reviewing 2000, as the province's gazetteer site (hljszw.org.cn) gives it from a yearbook, cut at its
last whole sentence (16 labels, all expected: the GDP and the three sectors in 万元 with the copy's spaces and line breaks,
the total and the local revenue falling, written 减少3.9 and 减少 11.7 as the copy writes them). The set was asked for the
provinces, counties, county-level cities and districts of Liaoning, Jilin and Heilongjiang reviewing 2005 to 2026, older
ones welcome; the fifty look-ups the brief allowed named the counties of 本溪, 辽源, 牡丹江, 鸡西, 双鸭山, 七台河, 鹤岗 and
大兴安岭 (本溪县, 桓仁, 东丰, 东辽, 宁安, 海林, 虎林, 宝清, 勃利, 萝北, 呼玛, 塔河), 岫岩, 宽甸, 昌图, 肇东, 抚松, 新民, 新宾
and 前郭, the provinces' slogans (全面振兴新突破三年行动, 一主六双, 龙江全面振兴), border ports, forests and ginseng, county
and district plan reports, the gazetteer's yearbook abstracts and the document sites; they reached mostly reports the
corpus holds (建平 2019, 盘山 2023, 新宾 2024, 桦川 2023, 辽阳 2024, 东洲 2025, 北林 2025, 梨树 2019, 铁西 2025, 友谊 2024,
龙井 2026, 通榆's and 通化县's plans of 2026), openings with no catalogue figure of the year (虎林 2025) or with five-year
averages and sums alone (新民 2021, 肇源 2021, 海城 2026, 道里 2026), a 新宾 report of 2019 and a 前郭 one of 2022 stored
only from their second pages, a 大兴安岭 county's report of 2024 stored with neither address nor name, copies in
traditional characters (开原 2012, a 林区 city's of 2017), yearbook entries, statistical bulletins and news, so that the set
holds one report, older than the years asked for; it was labelled by hand before extraction ran on it (16 labels), and
scored once on the branch as it stood (d60fe28): recall 93.8% (15/16), precision 100% (15/15): missed the local revenue's
fall, its 分别比去年 broken by the copy's line break and its 减少 11.7% written with a space; nothing
wrong; four proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind298`, reviewing 2005 and 2021 in Guangdong, work reports of a county and a district) were found in
the stored pages: meixian-2022-gwr, the work report of 梅州's district 梅县区 of 8 March 2022 as the district's own site
gives it, its date line with the year's and month's characters lost (——202238日), cut at the last whole sentence before the
site's lost punctuation runs the next ones together (10 labels, all expected: the GDP, the local revenue, 规上工业增加值 and
the trade in 亿美元 with their growths, the investment and retail sales at their levels); and pingyuan-2006-gwr, the report
of 梅州's county 平远县 given by the county head 张映平 on 18 October 2006, reviewing the three years since 2003, as the
prefecture's site lists it among its counties' reports (3 labels, all final: 2005's 国内生产总值 as the GDP, 县级一般预算收入
6323万元 with its unit, 消费品零售总额 as retail sales; the rises over 2002 and the averages not labelled). The set was asked
for the province, counties, county-level cities and districts of Guangdong; the fifty look-ups the brief allowed named
counties and districts one after another (乐昌, 英德, 龙川, 廉江, 台山, 四会, 信宜, 南雄, 翁源, 饶平, 海丰, 阳春, 遂溪, 揭西,
平远, 丰顺, 五华, 梅江, 阳山, 东源, 怀集, 潮阳, 惠阳, 从化, 萝岗, 斗门, 澄海, 电白, 麻章, 曲江, 清新, 始兴, 乳源, 连平),
county and district plan reports (韶关's counties, 梅县区, 三水), the prefecture's list of counties' reports (区县工作报告),
the mirrors' title formats and the eras' slogans (北部生态发展区, 双转移, 1+1+9, 百千万工程); they reached mostly reports the
corpus holds (斗门 2022, 陆丰 2022 and 2023, 大埔 2020 and 2021, 阳西 2019 and 2023, 梅县 2009 and 2010, 梅县区 2016, 汕尾市城区's
plan of 2020, 清城's plan of 2017, 黄埔 2012, 盐田 2012, 榕城 2014, 金平 2021, 番禺 2023, 龙岗 2025), copies in traditional
characters (英德 2022, 台山 2013, 四会 2023, 惠东's plan of 2015, 遂溪 2016, 2018 and 2021, 五华 2010, 花都 2026, 麻章 2019 and
2020), openings that stop before the figures (四会 2020, 五华县 2020, 惠城 2024), statistical bulletins, news and gazetteers;
the two were labelled by hand before extraction ran on them (13 labels), and scored once on the branch as it stood
(915093f): recall 92.3% (12/13), precision 100% (12/12): all of 梅县区's ten found and two of 平远's three; missed 平远's
retail sales of 2005 (全县消费品零售总额6.6亿元, named without 社会 and closing a paragraph of 2005's levels); nothing wrong;
eleven proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind299`, reviewing 2003, 2013, 2014 and 2018 in Zhejiang, district work reports) were found in the stored pages:
ouhai-2004-gwr, ouhai-2014-gwr and ouhai-2015-gwr, the work reports of 温州's district 瓯海区 given by the district heads
胡剑谨 (3 March 2004) and 彭立华 (10 February 2014, 5 February 2015), and longwan-2019-gwr, the abridged work report of
温州's district 龙湾区 given by 周一富 on 26 February 2019, all as the districts' own sites give them, cut at their last
whole sentences (61 labels, all expected: 13, 19, 21 and 8; the two later 瓯海 reports' four emissions' cuts each, the first
of each list written 削减 as wuhan-2008-gwr writes it, 服务业增加值 as the tertiary sector, 限上社会消费品零售总额 left out).
The set was asked for the province, counties, county-level cities and districts of Zhejiang reviewing 2005 to 2026, older
ones welcome; the twenty-six look-ups made of the fifty the brief allowed named the places whose names sources.csv held
least (上虞, 临安, 乐清, 天台, 常山, 泰顺, 庆元, 松阳, 桐庐, 黄岩, 建德, 北仑, 瓯海, 嘉善, 鹿城, 龙湾, 永康, 椒江, 兰溪, 文成,
秀洲), their teas, mushrooms and bridges, and county plan reports; they reached mostly reports the corpus holds (仙居 2019,
淳安 2016, 桐乡's plan of 2025, 临海 2023, 玉环 2024, 平阳 2021, 诸暨 2021, 越城's plan of 2014), a 建德 report of 2022
whose opening gives five-year averages and milestones alone, copies in traditional characters (余杭 2012, 北仑 2024,
秀洲 2023), news of congresses (淳安 2018, 天台 2022, 秀洲 2026), yearbooks and statistical bulletins, so that the set
holds four reports, one older than the years asked for; they were labelled by hand before extraction ran on them (61
labels), and scored once on the branch as it stood (b869b13): recall 100% (61/61), precision 100% (61/61):
all four reports' figures found, nothing missed and nothing wrong; ten proposals of indicators outside the catalogue left
out; the cites test passed; no label changed.

Five more (`blind300`, reviewing 2017, 2020, 2022 and 2023 in Jiangsu, the work reports of three districts and the
plan accounts of two) were found in the stored pages: suyu-2023-gwr, the report of 宿迁's 宿豫区 of 4 January 2023 as a
regional-data forum reposts it (6 labels: the GDP's, the comparable revenue's and investment's growths, and 快于全市平均
for the three catalogue series of a list of nine that have no number); nanjing-gulou-2021-plan, the Nanjing district
鼓楼区's plan report reviewing 2020 (6 labels), from a mirror of the district's disclosure page that writes a gambling
brand (金宝博) where the district's name stood, the district known from the mirror's path, its second congress, the 四新
campaign and its GDP; xuanwu-2021-plan, the account of 玄武区's 2020 plan's execution from the district's own disclosure page
(6 labels), cut at its last whole clause; wujiang-2018-gwr, the report of Suzhou's 吴江区 of 4 January 2018 from a documents
site (12 labels; one 城乡居民 income of 48403元 labelled for all residents, its growth once for each side, as the corpus
does); and hailing-2024-gwr, the report of 泰州's 海陵区 of 10 January 2024 from a reports mirror, opening at its date
line (4 labels; the indicators whose growth 居全市第一 a rank, not labelled). The set was asked for the province, counties,
county-level cities and districts of Jiangsu, older reports and plan reports given weight; thirty-seven look-ups named the
counties, county-level cities and districts the corpus holds least one after another (睢宁, 邳州, 灌云, 溧阳, 阜宁, 射阳,
新沂, 江都, 金湖, 建湖, 靖江, 泗洪, 涟水, 仪征, 响水, 启东, 句容, 高淳, 宿豫, 淮阴, 赣榆, 铜山, 江阴, 吴江, 六合, 邗江,
丹阳, 海安, 灌南, 亭湖, 海陵), searched district and county plan reports by their opening words (受区人民政府委托), the
yearbooks' abstracts and the era's slogan (苏北振兴); they reached mostly reports the corpus holds (泗阳 and 沭阳 2019, 盱眙
2020, 洪泽's plan of 2022, 姜堰 2026, 东台 2024, 丹阳 2017, 连云 2023), copies in traditional characters (东海's term review
of 2012, 金坛 2024, 泗洪 2021, 启东's report of 2018 and plan of 2021, 句容 2014, 海门 2006, 泰兴's digest of 2010),
openings that stop before any catalogue figure (江阴 2023, 宿豫's second page of 2025, 灌南's third page of 2023), a 金湖
report with its years written 20xx, a machine-written summary of 赣榆's report of 2025, news, statistical bulletins,
yearbook entries and five-year plans; the five were labelled by hand before extraction ran on them (34 labels), and
scored once on the branch as it stood (17b64ea): recall 85.3% (29/34), precision 96.7% (29/30): all of 鼓楼's, 玄武's and
海陵's labels found; missed 宿豫's three 快于全市平均 (实际利用外资, 社会消费品零售总额, 农村居民人均可支配收入, a worded
result shared by a list of nine) and 吴江's growth 8.6 of 城乡居民人均可支配收入 for each side; one wrong: that growth
proposed for all residents (居民人均可支配收入 %, 2017, 8.6), which the corpus's rule for one 城乡居民 growth gives to
each side; three proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind301`, reviewing 2013, 2014 and 2022 in Hunan, all counties' work reports) were found in the stored
pages: yanling-2023-gwr, the report of 株洲's county 炎陵县 given by 夏胜利 on 8 February 2023, as a reports site
(nec-driver.com) reposts it, cut at its last whole sentence (6 labels); changshaxian-2015-gwr and changshaxian-2014-gwr,
the reports of 长沙县 given by 张庆红 on 4 February 2015 and 19 February 2014, as the county's own site keeps them among its
past reports (12 and 6 labels: 财政总收入 as the total budget revenue; 2015's 城乡居民人均可支配收入达28504元，增长9.8%, one
amount and so one series, for all residents; 2014's GDP growth falls in the sentence where the copy breaks off, not
kept); and yuanling-2022-gwr, the report of 怀化's county 沅陵县 of 21 December 2022, as a writing site (shituxiezuo.com)
reposts it (6 labels, its 跨越200亿元大关 a milestone, not labelled). The set was asked for the province, counties,
county-level cities and districts of Hunan reviewing 2005 to 2026; the fifty look-ups the brief allowed named counties
of the prefectures the corpus held least of (衡阳县, 耒阳, 常宁, 慈利, 桑植, 祁阳, 宁远, 江华, 双峰, 新化, 凤凰, 永顺, 醴陵, 汉寿,
湘阴, 平江, 资兴, 武冈, 邵东, 嘉禾, 通道, 炎陵), districts (雨湖, 苏仙, 冷水滩, 天元), plan reports of 天心, 宁乡 and the
counties, the province's slogans (发展六仗, 四化两型, 三量齐升), the province's reports of 2007, 2013, 2014, 2016, 2018 and 2020,
and the past-report pages of 新邵's and 长沙县's sites; they reached mostly reports the corpus holds (沅陵 2018, 桂阳 2016,
永兴 2020, 宜章 2016 and 2023, 长沙县 2021 and 2023, 湘潭县 2023, 新晃 2020, 石峰 2016, 新邵 2014 and 2021, 辰溪 2026, the
province's 2019), news of congresses and economies (衡阳县 2025, 长沙县 2026, 汉寿 2024, 隆回 2025, 醴陵 2023, 永州 2026),
statistical bulletins (衡阳县 2022, 宁远 2023, 新化 2020 and 2023, 平江 2020, 新邵 2018), copies in traditional characters
(芷江 2016, 醴陵 2023, the province's of 2015), a page of 通道's report of 2024 that stops before its targets, a bilingual
copy of the province's report of 2014 whose opening stops before any figure, the province's 2006 report (a review of
2005, which hunan-2006-plan holds) and a rewritten summary of 宁远's report of 2021, so that the set holds four county
reports; they were labelled by hand before extraction ran on them (30 labels), and scored once on the branch as it
stood (9e259f5): recall 96.7% (29/30), precision 100% (29/29): all of 炎陵's six, 长沙县's eighteen and five of 沅陵's six
found; missed 沅陵's GDP growth of 2022 (全年地区生产总值跨越200亿元大关（预计，下同），增长4.3%, the growth after the milestone
and the bracket); nothing wrong; twelve proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.

Six more (`blind302`, Shanghai's districts, work reports of 2008 to 2025 and a mid-year plan report) were found in the
stored pages: baoshan-2008-gwr, the work report of the district 宝山区 given by the district head 斯福民 on 15 January 2008
and reviewing 2007, on the district government's server (9 labels: the 增加值 as the GDP, the local revenue, the energy
intensity's fall, the urban disposable and rural net incomes and their shared growth 增幅首次双双达到11%以上, one label a side);
baoshan-2015-gwr, the district's report given by 方世忠 on 20 January 2015 and reviewing 2014, on the same server (8 labels);
xuhui-2023-gwr, the work report of 徐汇区 given by 钟晓咏 on 4 January 2023 and reviewing 2022, as 中国县域 gives it (3 labels:
the GDP's 实现正增长, its second wording 与全市保持同步 not labelled again, and the 区级财政收入 with its comparable growth);
xuhui-2025-gwr, the district's report of early 2025 reviewing 2024, from its greeting on (4 labels: the GDP's worded growth
与全市基本保持同步, its 突破3000亿元 a milestone left out, the revenue and the investment's 10%以上); songjiang-2025-gwr, the
second page of a mirror's copy of 松江区's report of 2025 with the year's targets (3 labels; the energy and carbon targets'
继续降低 gives no figure); and jiading-2023-plan, the mid-year plan report of 嘉定区 of 28 July 2023, whose table's year's
targets alone are labelled, as jiading-2017-plan's are (5 labels). The set was asked for the districts of Beijing, Tianjin
and Shanghai and the three cities, reviewing 2005 to 2026; twenty-five look-ups named the districts one after another
(顺义, 宝山, 西青, 崇明, 嘉定, 通州, 青浦, 怀柔, 松江, 宝坻, 房山, 静海, 门头沟, 北辰, 津南, 东丽), searched 宝山's reports by
its heads' names (斯福民, 汪泓, 方世忠), the districts' plan reports and Tianjin's district reports of 2009; they reached
mostly reports the corpus holds (宝山 2014, 2016 and 2017, 崇明 2018, 嘉定 2021 and the mid-year plan of 2017, 通州 2015's
report and plan, 青浦 2013 and 2020, 延庆 2023, 门头沟 2020, 东丽's plan of 2024, 大兴 2025, 普陀 2006, 2015 and 2017),
openings that stop before the figures (嘉定's plan reports of 2016 and 2017 and its report of 2017, 松江 2023, 石景山 2025,
嘉定's mid-year report of 2022 with its table left out, 青浦's plan of 2014 with only a nine months' energy figure), copies in
traditional characters (南开 2010, 静海 2016, 宁河 2025, 东丽's of 2016), a copy with its years written xx, half years'
results, yearbooks, statistical bulletins and news; 宝山's report of 2012 (a review of five years) was found and not taken.
The six were labelled by hand before extraction ran on them (32 labels), and scored once on the branch as it stood
(7a31221): recall 78.1% (25/32), precision 89.3% (25/28): all of baoshan-2015's eight and xuhui-2023's three,
baoshan-2008's seven of nine, xuhui-2025's three of four and jiading-2023-plan's four of five found; missed 宝山 2008's shared income growth on both sides (增幅首次双双达到11%以上),
xuhui-2025's worded GDP growth (与全市基本保持同步), jiading-2023-plan's GDP target 5.5%以上 and all three of songjiang-2025's
targets; three wrong: songjiang-2025's GDP and revenue targets proposed as targets of 2026 (the page, the report's second, names
2025 in its heading and gives no date line), and its worded income target proposed as a result of 2025
(居民人均可支配收入 与经济增长基本同步, expected); six proposals of indicators outside the catalogue left out; the cites test
passed; no label changed. On merging, songjiang-2025-gwr's year reviewed was set to 2024 in its sources row (it said 2025):
the report, given early in 2025 with the targets of 2025, reviews 2024 as every work report given early in a year reviews
the year before, and the analyst enters it so; its labels are unchanged.

Two more (`blind304`, reviewing 2018 and 2021 in Hebei, a district's and a county's work reports) were found in the
stored pages: kaiping-tangshan-2019-gwr, the work report of 唐山's district 开平区, given by the acting district head 刘世光
on 16 January 2019 and reviewing 2018, as a reading app's page of the yearbook 开平年鉴2019 gives it with no address in the
store (6 labels, all expected: growths of GDP, investment, industry, the local revenue, and 城乡居民人均可支配收入均增长8%
once for each side); and lulong-2022-gwr, the work report of 秦皇岛's county 卢龙县, given by the county head 于忠林 on 27
January 2022 and reviewing 2021, as the mirror nec-driver.com gives it (6 labels, all expected: growths of GDP, retail
sales and industry, the two incomes' 8%左右, and 全部财政收入 of 10.9亿元 as the total budget revenue, its 突破10亿元大关 a
milestone not labelled); both cut at their last whole sentence. The set was asked for the province, counties, county-level
cities and districts of Hebei reviewing 2005 to 2026, older ones and plan reports weighted; the fifty look-ups the brief
allowed named 迁安, 武安, 任丘, 涿州, 三河, 遵化, 涉县, 平泉, 东光, 香河, 辛集, 定州, 黄骅, 安平, 平乡, 永年, 古冶, 路北, 丰润,
迁西, 玉田, 宽城, 鹿泉, 滦州, 曹妃甸 and 涿鹿, the prefectures 保定, 衡水, 邯郸, 承德, 唐山, 秦皇岛, 石家庄 and 张家口, the
province's slogans (环首都绿色经济圈, 沿海经济隆起带, 京津冀协同发展), the counties' industries (丝网, 童车, 标准件), county
plan reports, yearbooks and forum reposts; they reached mostly reports the corpus holds (正定 2025, 蠡县 2017, 霸州 2022,
饶阳 2022, 大厂 2014, 安次 2020, 藁城 2018, 滦南 2024, 青龙 2026, 沧州 2018, 2022, 2023 and 2025, 张家口 2019 and 2024,
邢台 2024), openings with five-year averages alone or no catalogue figure (围场 2021, 东光 2022), copies in traditional
characters (沙河 2017, 广阳 2016, 丛台 2024, 信都 2024, 黄骅 2019 and 2024), news of a press conference (曹妃甸 2020),
statistical bulletins and encyclopaedia entries, and no county's or district's plan report, so that the set holds two
reports; they were labelled by hand before extraction ran on them (12 labels), and scored once on the branch as it stood
(5347048): recall 100% (12/12), precision 100% (12/12): all six of 开平区's and all six of 卢龙's found; nothing missed,
nothing wrong; four proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind305`, reviewing 2013 in Inner Mongolia, a prefecture-level city's work report) was found in the stored
pages: baotou-2014-gwr, the work report of 包头 given by the acting mayor 包钢 on 9 January 2014 and reviewing 2013, as
China Economic Net (district.ce.cn) gives it in its collection of 2014's local reports, cut at its last whole sentence (12
labels, all expected: the GDP, investment, retail sales, 地方财政总收入 as the total budget revenue as baotou-2013-gwr labels
it, the urban income and 农牧民人均纯收入 as the rural net income, each in amount and growth). The set was asked for the
provinces, prefecture-level cities and autonomous prefectures of any province reviewing 2005 to 2018; the fifty look-ups
the brief allowed named cities and prefectures the corpus lacks (曲靖, 玉溪, 滨州, 潍坊, 烟台, 东营, 泰安, 唐山, 承德, 焦作,
安阳, 三门峡, 娄底, 恩施, 湘西, 黔南, 铜仁, 红河, 临沧, 保山, 钦州, 百色, 天水, 克拉玛依, 巴彦淖尔, 德阳, 达州, 雅安, 宜宾,
铜陵), plan reports of cities (of 2007, 2010, 2013 and 2016), the mirrors' title formats (e-gov.org.cn's, China Economic
Net's 点击查阅更多…地方政府工作报告, the report collections' 2016 reports) and the cities' slogans (工业强市 生态立市, 资源型城市转型);
they reached mostly reports the corpus holds (德州 2008, 聊城 2011, 周口 2009, 茂名 2012, 梧州 2012, 眉山 2014, 资阳 2015, 日照 2014,
汕头's plan of 2010 and its reports of 2011, 2014, 2015 and 2016, 南通 2011, 张家口 2019, 青岛 2014, 包头 2013 and 2016, 迪庆 2016, 果洛 2018,
西安 2017, 商丘 2018, 威海 2017, 福州 2016, 吉安 2016, 临沂's plan of 2014, 泉州 2012, 惠州 2012, 兰州 2014, 成都 2014, 长沙 2015,
潮州 2015), openings with no figure of the year (西宁 2016, 宣城 2011, 广元 2016, 临沧 2018, 威海 2012, 铜陵 2009, 滨州's plan of 2006),
copies in traditional characters (昭通 2012, 宜宾 2017, 晋城 2008, 天水 2006, 贵港 2018, 马鞍山 2016, 七台河 2009), English
renderings (唐山, 邢台 and 娄底 2010), news, yearbooks and statistical bulletins, so that the set holds one report; it was
labelled by hand before extraction ran on it (12 labels), and scored once on the branch as it stood (2403359): recall
100% (12/12), precision 100% (12/12): all twelve found, nothing missed, nothing wrong; five proposals of indicators
outside the catalogue left out; the cites test passed; no label changed.
One more (`blind307`, reviewing 2019 in Chongqing, a district's work report) was found in the stored pages:
wulong-2020-gwr, a news report (上游新闻·重庆晨报 on cqcb.com) of the work report of the Chongqing district 武隆区,
given by the district head 卢红 on 6 January 2020 and reviewing 2019, cut at its last whole sentence (6 labels: 2019's
GDP growth 7%左右, expected, its 突破200亿元大关 a milestone not labelled; 2020's targets of the GDP, investment, retail
sales, 一般公共预算收入 as the local revenue and 居民人均可支配收入, each with its 左右). The set was asked for the
province, counties, county-level cities and districts of Sichuan and Chongqing reviewing 2017 to 2026, plan reports
weighted; thirty-one look-ups were answered before the session's search budget ran out (two more were refused). They
named 云阳, 江津, 仁寿, 大竹, 垫江, 铜梁, 城口, 巫溪, 合江, 江油, 綦江, 峨眉山, 荣昌, 合川, 武隆 and 秀山, searched county and
district plan reports of Sichuan and Chongqing (of 2019, 2020, 2021 and 2023), Chongqing's plan report of 2023, news of
county congresses (川观新闻, 上游新闻, 一图读懂) and the province's slogans (一干多支 五区协同, 五区共兴); they reached
mostly reports the corpus holds (兴文 2018, 理县 2018, 中江 2023, 雁江 2023, 永川 2022, 奉节's plan of 2025, Sichuan's plan
of 2020, Chongqing's plans of 2020 and 2021), openings that stop before any figure (Chongqing's plan of 2023, 城口's plan
of 2025, 江津 2020, 垫江 2021, 峨眉山 2020, 南岸 2024, 武隆 2024, and news of 城口 2023, 巫山 2022, 石柱 2019, 铜梁 2018 and
青神 2018), mid-year plan reports with half years' results alone (云阳 2022 and 2023, 平武 2019, 梁平 2022), copies in
traditional characters (涪城 2019, 荣昌 2021 and 2024, 奉节 2010, 宣汉 2021), a copy with its years written 20xx (眉山),
a press digest of several districts' targets, statistical bulletins and news, so that the set holds one report; it
was labelled by hand before extraction ran on it (6 labels), and scored once on the branch as it stood (b45f07a):
recall 100% (6/6), precision 85.7% (6/7): all six found, nothing missed; one wrong: the transport investment of
2020's plan (将决胜“交通建设三年行动计划”，完成投资40亿元) proposed as 固定资产投资 40亿元, expected for 2019, which is no
year's fixed-asset investment; two proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.

Two more (`blind308`, reviewing 2018 and 2022 in Henan and Shandong, the province's work report and a county-level
city's) were found in the stored pages: henan-2019-gwr, a news item (hn.cnipai.com) on the work report of 河南 given by
the governor 陈润儿 on 16 January 2019 and reviewing 2018, its whole stored copy (3 labels, all expected: 财政总收入
5875.8亿元 as the total budget revenue, as henan-2018-gwr labels it, and the local revenue's level and growth); and
zhucheng-2023-gwr, the second page of the mirror bx2200.com's copy of the work report of 潍坊's county-level city 诸城,
with no title or date line, its year read from the mirror's numbering (its huadong pages 4039 to 6412 in sources.csv
all review 2022) and from the text (国企改革三年行动), cut at its last whole sentence (2 labels, both expected:
进出口155亿元 as the trade level, and 新增城镇就业人员均突破万人 as 突破万人, a count passing a threshold as
guangzhou-2024-gwr's 超过33; the bonded zone's own 进出口5.5亿元 not the city's, not labelled). The set was asked for
the province, counties, county-level cities and districts of Shandong and Henan reviewing 2016 to 2025, older ones and
plan reports weighted; the look-ups (the session's search budget ran out at the thirty-ninth, before the fifty the brief
allowed) named 鄢陵, 鲁山, 郓城, 禹州, 高密, 鹿邑, 曹县, 固始, 诸城 (twice), 龙口, 胶州, 青州, 金水区, 崂山区 and 芝罘区,
the counties' industries and landmarks (长垣's 起重 and 卫材, 林州's 红旗渠, 临清's 轴承), county and district plan reports
(of 2015, 2018 and 2019, and the development commissions' 受县人民政府委托 formula), gongwensou.com's title format
((河南省)/(山东省)20XX年…人民政府工作报告(全文), 2019 to 2021), the date lines of reports delivered 2018, 2019, 2023,
2024 and 2025, and the provinces' reports reviewing 2019, 2020, 2024 and 2025; they reached mostly reports the corpus
holds (商水 2018, 卢氏 2019, 东昌府 2019, 平阴 2019, 嵩县 2020, 微山 2023, 新郑 2024, 叶县 2024, 霍邱 2024, 蓬莱 2024,
封丘 2025, 延津 2025, 周口 2021, 河南 2022 and 2023, 山东 2020), openings with no figure of the year (鲁山 2020, 青州 2024
with figures to November only, 黄岛 2026 with five-year averages and a milestone), half-year plan reports (西平's of
2015, 山东's news of 2013), copies in traditional characters (西华 2019, 鹿邑 2013, 河南 2020, 山东 2021 and 2026,
新乡 and 平顶山 2025), a machine-made summary (山东 2026), a report of 2004 (东平, outside the range), news of
congresses with no figure, yearbooks, chorographies and statistical pages, so that the set holds two reports; they were
labelled by hand before extraction ran on them (5 labels), and scored once on the branch as it stood (ffe9434):
recall 80.0% (4/5), precision 100% (4/4): all three of 河南's and 诸城's trade level found; missed 诸城's
城镇新增就业 突破万人 (2022, expected), a threshold with no numeral before its 万; nothing wrong; 22 proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.

Three more (`blind309`, reviewing 2017 and 2024 in Anhui, a district's plan report and a district's and a county's
work reports) were found in the stored pages: yuan-2025-plan, the plan report of 六安's district 裕安区 on 2024, given by
its development and reform commission at the sixth session of the sixth district congress (the date line as the page gives
it, ——202515日: 5 January 2025), on the district's site, with its opening paragraph and table 1 of the year's targets and
results as far as the stored copy goes (18 labels: ten results expected, growths of GDP, industry, investment, retail
sales, trade and the two incomes, retail sales and trade in amount, the local revenue's worded 同比持平; and eight targets
of 2024 from the table's 2024年计划 column, labelled as the corpus labels a plan report's targets of the year reviewed);
jinan-luan-2018-gwr, the work report of 六安's district 金安区 of early 2018 reviewing 2017, as a document site
(365docx.com) gives it with no date line (8 labels, all expected: GDP, 财政收入 as the total budget revenue and the two
incomes, each in amount and growth); and qingyang-anhui-2024-gwr, the work report of 池州's county 青阳县, given by the
county head 方操胜 on 27 December 2024 and reviewing 2024, as the mirror bx2200.com gives it (9 labels, all expected:
GDP in amount and growth, 一般公共预算收入 as the local revenue in amount and growth, and the growths of industry,
investment, retail sales and the two incomes); all cut at their last whole sentence or row. The set was asked for the
province, counties, county-level cities and districts of Anhui and Jiangxi reviewing 2005 to 2026, older ones and plan
reports weighted; the thirty-two look-ups the store allowed before its budget ran out named 婺源, 歙县, 黟县, 泾县, 乐平,
贵溪, 东至, 修水, 颍上, 南丰, 宜黄, 鄱阳, 芦溪, 界首, 都昌, 怀宁, 余干, 青阳, 安福, 叶集 and 金安, county and district plan
reports of Anhui and Jiangxi (of 2014, 2016 and 2024), work reports of 2008, 2009, 2011 and 2012, 舒城's plan reports and
the places' own details (五大会战 and 四个泾县, 南丰蜜桔, 九华山); they reached mostly reports the corpus holds (泾县 2007,
进贤 2019, 霍山 2023, 霍邱 2024, 濉溪 2023, 宜丰 2009, 南城 2021, 大余 2018, 于都 2023, 宿松 2019, 固镇 2024, 寿县's and
瑶海区's plans of 2025, 西湖区's plan of 2015), copies in traditional characters (黟县 2017, 和县 and 郎溪 of December 2017, 乐平 2023,
万载 2016, 上饶 2024, 九江 2014), openings with no figure of the year (宜黄 2023, 泾县 2019's glossary, 歙县 2022's news)
or with five-year averages alone (天长 2016), a copy whose decimal points and percent signs are lost (潜山 2011), a plan
report of 2008 that names no county, statistical bulletins, encyclopaedia entries and news, so that the set holds three
reports; they were labelled by hand before extraction ran on them (35 labels), and scored once on the branch as it stood
(210c1f6): recall 68.6% (24/35), precision 100% (24/24): all eight of 金安区's and all nine of 青阳's found, and seven of
裕安区's ten results (the prose's growths); eleven missed, all of yuan-2025-plan: the eight targets of 2024 in table 1's
2024年计划 column (GDP 7, industry 9, the local revenue 5, investment 8, retail sales 238 and 8, trade 15 and 8), the
table's results in amount (retail sales 231, trade 15), whose cells the stored copy gives one a line with the empty ones
dropped, and the local revenue's worded 同比持平; nothing wrong; four proposals of indicators outside the catalogue left
out; the cites test passed; no label changed.

Two more (`blind310`, reviewing 2008 and 2013 in Guangdong, the province's work reports) were found in the stored
pages: guangdong-2009-gwr, the work report of Guangdong for 2009, reviewing 2008, as the document site xiexiebang.com
gives it with no date line (6 labels, all expected: the GDP, 来源于广东的财政总收入 as the total budget revenue as
guangdong-2008-gwr labels it, and 地方一般预算收入 as the local revenue, each in level and growth); and guangdong-2014-gwr,
the second page of 中工网's copy (from 南方日报, 26 January 2014) of the work report the governor 朱小丹 gave in January 2014,
reviewing 2013 (1 label, expected: 研究与实验发展经费支出占生产总值比重达2.25% as the R&D intensity); both cut at their last
whole sentence. The set was asked for the provinces, counties and county-level cities of Hubei and Guangdong reviewing 2005
to 2026, older ones and plan reports weighted; forty look-ups were answered before the store's budget ran out; they
named 麻城, 英德, 利川, 蕲春, 海丰, 阳春, 京山, 红安, 饶平, 建始, 南雄, 汉川, 罗田, 怀集, 秭归, 浠水, 武穴 and 廉江, the
prefecture 恩施, the counties' features (蕲艾 and 李时珍, 丹霞山, the 将军县 of 大别山), the mirrors' title formats (公文搜's
（湖北省）…（全文）, the investment sites' 【…招商】, the sessions' 会议文件), county plan reports of both provinces, and the
provinces' work and plan reports of several years; they reached mostly reports the corpus holds (陆丰 2022 and 2023, 阳西
2023, 监利 2017, 来凤 2019, 恩施市 2019, 蕉岭 2020, 黄梅 2016, 谷城 2020, 湖北 2011 and 2013, 广东's plan of 2022), openings
with five-year reviews or no figure of the year (江陵 2021, 阳春), news of the sessions (麻城 2023, 红安 2026, 蕲春 2026,
饶平 2022, 海丰 2024, 佛冈 2025), copies in traditional characters (遂溪 2016, 嘉鱼 2017), news of the provinces'
sessions in traditional characters (广东 2008 and 2011, 湖北 2010), Guangdong's mid-year plan report of 2017 (half-year
figures alone), statistical bulletins and GDP rankings, and no county's report the corpus lacks, so that the set holds two reports; they were labelled by hand before extraction ran on them (7
labels), and scored once on the branch as it stood (28fa04a): recall
85.7% (6/7), precision 100% (6/6): all six of guangdong-2009's found; one missed: guangdong-2014's R&D intensity
(研究与实验发展经费支出占生产总值比重达2.25%, written with 实验 where the words the corpus labels elsewhere have 试验);
nothing wrong; four proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind311`, reviewing 2006 in Zhejiang and 2013 in Jilin, provincial work reports as the news give them) were
found in the stored pages: zhejiang-2007-gwr, a provincial paper's report (本报讯, reporter 陈文龙) of the opening of
Zhejiang's congress on 29 January 2007, at which the governor 吕祖善 gave the work report reviewing 2006, as Sohu reposts it,
cut at its last whole sentence before the copy breaks off in the next paragraph (6 labels, all expected: the GDP in amount
and growth, the urban income and the rural net income in amount and real growth); and jilin-2014-gwr, China Development
Gateway's item (cn.chinagate.cn) quoting the social results of 2013 from the work report the governor 巴音朝鲁 gave to the
second session of the 12th Jilin congress (7 labels, all expected: the two incomes with their written qualifiers 22000元以上
and 9600元左右 and their growths, new urban jobs, the registered unemployment rate and 物价上涨2.9% as the consumer price
index); its next paragraph, with no figure, left out. The set was asked for provinces' work and plan reports reviewing
2005 to 2020 that the corpus lacks; the look-ups the brief allowed named provinces with a year and a figure word (宁夏,
黑龙江, 青海, 贵州, 云南, 河北, 新疆, 广西, 江西, 山西, 辽宁, 吉林, 河南, 江苏, 天津, 广东), their governors (王正伟, 李学勇,
骆惠宁, 鹿心社, 郭庚茂, 梁保华, 罗志军, 陈全国, 巴音朝鲁, 刘慧, 王宪魁, 秦光荣, 宋秀岩, 黄华华, 黄兴国, 陈武), provinces' plan
reports (贵州 2012, 云南 2012, 河北 2010), the congresses' opening news of 2007, 2009, 2013 and 2016, and the mirrors'
formats (China Economic Net's 点击查阅更多…地方政府工作报告, China Development Gateway's 中国发展门户网讯, the 两会专题 of 2007);
they reached mostly reports the corpus holds (山西 2009, 江西 2008, 山东 2010 and 2011, 安徽 2009, 福建 2013 and 2014,
辽宁 2010 and 2011, 四川 2009, 浙江 2008, 甘肃 2014, 湖北 2013, 天津 2013), openings with no figure of the year (天津 2009,
河南 2013, 浙江 2009, 黑龙江 2017) or five-year averages alone (广西 2011), copies in traditional characters (宁夏 2008,
云南 2012, 江西 2013, 河北 2010, 江苏 2010, 湖北 2016, 内蒙古 2016, 广东 2007, 四川 2013, 山西 2015), press conferences,
statistical bulletins and encyclopaedia entries, and no province's plan report, so that the set holds two reports; they
were labelled by hand before extraction ran on them (13 labels), and scored once on the branch as it stood (7329aef):
recall 100% (13/13), precision 100% (13/13): all six of Zhejiang's and all seven of Jilin's found; nothing missed, nothing
wrong; two proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind312`, counties, county-level cities and districts of Fujian and Zhejiang) were found in the stored
pages: pingtan-2024-gwr, a news reading (解读, 福州新闻网 from 平潭网, 19 January 2024) of the work report given by 黄建波 for
平潭综合实验区's committee to the third session of 平潭县's 18th congress on 18 January 2024 and reviewing 2023 (6 labels, all
expected: the growths of the GDP, investment, 一般公共预算总收入 and 地方一般公共预算收入, and 超GDP增速 once for each
income), and pinghu-2022-gwr, the work report of 平湖市 (嘉兴) given by the acting mayor 周军波 on 15 February 2022 and
reviewing 2021, as a document site (gcs66.com) gives it with its inserted strings (8 labels, all expected: the GDP, the
一般公共预算收入 as the local revenue and both incomes, each in amount and growth; the bracketed figures without 嘉兴港区 and
嘉兴电厂 are another caliber, not labelled). The set was asked for 4-6 reports of 2005 to 2026, plan reports and older years
given weight; the session's look-ups ran out after 38 of the 50 the brief allowed (three more were refused), which named
counties and cities, most of which the corpus lacks, one by one (仙游, 永康, 平潭, 桐庐, 福鼎, 乐清, 安溪, 上虞, 长汀, 临安, 龙游, 建瓯, 苍南,
惠安, 连城, 嘉善, 天台, 晋安, 永春, 浦城, 霞浦, 武平, 泰顺, 庆元, 景宁, 松阳, 武义, 尤溪, 平湖, 常山, 南靖, 兰溪, 黄岩),
plan reports (桐庐, 上虞, 龙游 2012, 晋安) and older years (上虞 2006, 福鼎 2010, 连城 2009, 武义 2013, 闽东 2011, 浙江 2008);
they reached mostly reports the corpus holds (闽清 2018, 松溪 2018, 福安 2021, 上杭 2019, 霞浦 2019, 诏安 2022, 建宁 2022,
龙泉 2017, 淳安 2017, 武义 2009 and 2016, 海宁 2021, 临海 2022, 龙港 2022, 金华 2024), a prefecture's reports outside the
brief (台州 2014 and 2021, 湖州 2016), openings that stop before any figure of the year (天台 2021, 文成 2015, 惠安 2023,
松阳 2021), five-year figures alone (平湖 2020), interpretations in bullet lists (仙游 2024 and 2025), a feature article
(常山 2025), news of sessions, copies in traditional characters (平潭 2020, 诏安 2025), statistical bulletins and
yearbooks, and no county's or district's plan report, so that the set holds two reports; they were labelled by hand
before extraction ran on them (14 labels), and scored once on the branch as it stood (a47d424): recall 85.7% (12/14), precision 100% (12/12):
all eight of 平湖's and four of 平潭's six found; missed 平潭's 超GDP增速 of the two incomes (城镇居民人均可支配收入与农村居民人均可支配收入
增速均超GDP增速); nothing wrong; four proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.

Three more (`blind313`, reviewing 2007, 2011 and 2012 in Shanghai, the municipality's and two districts' work reports) were
found in the stored pages: shanghai-2012-gwr, the work report of the mayor 韩正 given on 11 January 2012 and reviewing
2011, as a mirror of the municipal site (m.flt365.com) gives it (2 labels, expected: 全市生产总值比上年增长8%以上 and the
local revenue's 19.4%; the worded investment result falls in the sentence where the copy breaks off and is left out);
jiading-2008-gwr, the work report of 嘉定区 given by the district head 孙继伟 on 15 January 2008 and reviewing 2007, as the
district's site gives it (6 labels, expected: 增加值 as the GDP in amount and growth, 财政总收入 and 地方财政收入 with 同比分别增长
24.8%和18.4% as the total and the local revenue); and pudong-2013-gwr, the work report of 浦东新区 given by the district head
姜樑 early in 2013 (published 10 March) and reviewing 2012, as the district's site gives it (9 labels, expected: the GDP's
6000亿元左右 and 10%, the local revenue, retail sales in amount and growth, investment's 1450亿元, and 城乡居民家庭人均可支配收入
预计比上年增长11%左右 once for each side); all cut at their last whole sentence. The set was asked for the provinces,
counties, county-level cities and districts of Jiangsu, Shanghai and Anhui reviewing 2005 to 2016, older ones and plan
reports weighted; the thirty-nine look-ups made before the session's search budget ran out named 睢宁, 天长, 溧阳, 凤阳, 邳州,
怀远, 灌南, 射阳, 句容, 肥东, 桐城, 无为, 六合, 邗江, 金山, 崇明, 普陀, 杨浦, 青浦 and 嘉定, Shanghai's plan reports reviewing
2009, 2012 and 2015 and its work report reviewing 2015, the two provinces' work reports reviewing 2012 to 2015, Jiangsu's plan
reviewing 2014 and county plan reports of both provinces; they reached mostly reports the corpus holds (泾县 2006, 禹会 2012, 巢湖 2015, 普陀 2005,
青浦 2012, Shanghai's plans of 2006 and 2011, 浦东's of 2014, 安徽 2016), openings with five-year figures or none of the year
(天长 2015, 崇明 2016, 宣城 2010, Shanghai's work reports of 2010 and 2012), copies in traditional characters (Shanghai's plans
of 2008 and 2010 and work reports of 2006, 2008, 2009 and 2015, 普陀 2015, 句容 2013, 东海 2011, 江苏 2009), 青浦's plans of 2013 and 2014
whose figures stand in tables the stored copies drop, a half-year report (杨浦 2012), news (溧阳 2014), reports of
prefecture-level cities the brief left out (苏州 2014, 徐州 2011) and statistical bulletins, so that the set holds three
reports; they were labelled by hand before extraction ran on them (17 labels), and scored once on the branch as it stood
(31264af): recall 94.1% (16/17), precision 94.1% (16/17): all of shanghai-2012-gwr's and jiading-2008-gwr's found and eight
of pudong-2013-gwr's nine; one missed and one wrong, the same figure: 城乡居民家庭人均可支配收入…增长11%左右's rural side,
labelled 农村居民人均可支配收入 as the copy words it, proposed as 农村居民人均纯收入 (the rural measure most reports of that time give); one
proposal of an indicator outside the catalogue left out; the cites test passed; no label changed. On merging,
shanghai-2012-gwr was kept beside shanghai-2012-plan (blind72), which reviews the same year: the one is the mayor's
work report, the other the plan report, two documents.

Two more (`blind314`, reviewing 2012 and 2015 in Hunan and Jiangxi, two districts' work reports) were found in the
stored pages: furong-2012-gwr, the work report at the change of term of the Changsha district 芙蓉区 given by the acting
district head 于新凡 on 20 November 2012 and reviewing 2008 to 2012, as the district's site gives it (5 labels, expected: the
levels of 2012 that the spans from 2007 reach, 地区生产总值816亿元, 财政收入77.4亿元 as the total budget revenue, 公共财政预算收入
30.1亿元 as the local one, investment's 246亿元 and retail sales' 515亿元; the spans' starts, their growths and the five-year
averages left out); and nanchang-xihu-2016-gwr, the work report of Nanchang's 西湖区 given by the district head 梅茂发 on 12
January 2016 and reviewing 2015, as a mirror of the district's site (ksguowei.com) gives it (18 labels, expected: 财政总收入
on its two calibres, 市口径 and 省口径, the local revenue, the GDP, investment, retail sales, 实际利用外资, 外贸出口 as 出口总额
and 规模以上工业增加值, each in amount and growth); both cut at their last whole sentence. The set was asked for the
provinces, counties, county-level cities and districts of Jiangxi and Hunan reviewing 2005 to 2016, older ones and plan
reports weighted; the thirty-nine look-ups made named 余江, 贵溪, 湘乡, 涟源, 婺源, 冷水江, 修水, 吉首, 醴陵, 宁乡, 南康, 耒阳, 乐平,
平江, 龙南, 邵东, 开福, 章贡, 雨湖, 武陵, 天元, 渝水, 苏仙, 临川, 西湖 and 芙蓉 one by one with a year and figure words, the
provinces' slogans of the time (四化两型 and 三量齐升, 鄱阳湖生态经济区, 赣南苏区振兴), the county plan reports of Hunan reviewing
2015 and the district plan reports of Jiangxi reviewing 2013, and county and district work reports of both provinces by
their session lines and by a document site's titles of 2016's reports; they reached mostly reports the corpus holds (宜丰 2009, 西湖's plan of 2015, 桂阳 2016, 进贤 2019,
株洲县 2011, 石峰 2016, 新邵 2014, 青云谱 2016), the provinces' and prefectures' reports, copies in traditional characters
(万载 2016, 赣县 2011, 九江 2014), copies with the place's name starred or replaced (a Jiangxi county's of 2015, 浔阳 2011, a
Changsha district's outline of its twelfth five-year plan), news of sessions (桃源 2008, 醴陵 2015), yearbook entries and
statistical bulletins, and no county's or district's plan report, so that the set holds two reports; they were labelled by
hand before extraction ran on them (23 labels), and scored once on the branch as it stood (57eaba7): recall 91.3% (21/23), precision 100% (21/21):
all five of furong-2012-gwr's and sixteen of nanchang-xihu-2016-gwr's eighteen found; missed the second calibre of 西湖's
财政总收入, 完成财政总收入（省口径）63.83亿元，增长20.1% (its 市口径 pair, given first, was found); nothing wrong; four proposals
of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind315`, reviewing 2018 in Henan, a county's work report) was found in the stored pages: taikang-2019-gwr,
the work report of the county 太康 (周口) given by the county head 李锡勇 on 11 April 2019 and reviewing 2018, as an
investment-promotion site's listing page (zkfclgyq.010b.com) reposts it under 【太康县招商】2019年太康县政府工作报告, run
together as given (6 labels, final, as given in April: the GDP's 276.6亿元 and 8.8%, retail sales' 144.4亿元 and 11.6%, and
公共财政预算收入's 11.03亿元 and 9.7% as the local revenue), cut at its last whole sentence. The set was asked for the province,
counties, county-level cities and districts of Henan of 2005 to 2026, older ones and plan reports weighted; the fifty look-ups
of the search budget named 林州, 永城, 邓州, 固始, 滑县, 鹿邑, 长葛, 灵宝, 禹州, 镇平, 长垣, 金水, 项城, 巩义, 汝州, 淅川, 遂平, 光山,
西华, 扶沟, 上蔡, 夏邑, 柘城, 新蔡, 正阳, 平舆, 西平, 涧西, 平桥, 郾城, 登封, 兰考, 宝丰, 郏县, 鲁山, 舞钢 and the counties of
濮阳, the province's county reports of 2007 and 2008 (the 河南省发改委 copies), 010b.com reposts of 周口's counties and county plan
reports; they reached mostly reports the corpus holds (浚县 2013, 修武 2012, 商水 2018, 获嘉 2011, 孟州 2013, 新郑 2014 and
2024, 封丘 2025, 延津 2025, 卢氏 2019, 商城 2007, 中牟 2007, 内乡 2023, 西峡 2023, 息县 2022, 建安 2023, 解放 2024, 川汇 2023,
博爱's plan of 2020), openings with five-year figures or milestones only (灵宝 2022, 温县 2023, 西平 2022) or none of the year
(鲁山 2020), copies in traditional characters (项城 2018, 梁园 2016), news of congresses (汤阴 2016, 范县 2023, 长垣 2019),
prefecture-level cities the brief left out (周口, 信阳, 许昌, 漯河, 濮阳) and county sketches, so that the set holds one report;
it was labelled by hand before extraction ran on it (6 labels), and scored once on the branch as it stood (9b47e74):
recall 100% (6/6), precision 100% (6/6): every label found, nothing missed and nothing wrong; seven proposals of
Three more (`blind316`, reviewing 2018, 2021 and 2023 in Shaanxi and Shanxi, the work reports of two counties and a
county-level city) were found in the stored pages: lantian-2019-gwr, the work report of 蓝田县 (Xi'an) given by the county
head 任涛 on 17 January 2019 and reviewing 2018, as a model-essay site (fanwen112.com) gives it (11 labels, expected: the GDP,
规模以上工业增加值 and retail sales in amount and growth, 一般公共预算收入3.05亿元 as the local revenue, and 农村 and 城镇常住居民
人均可支配收入 in amount and growth); pucheng-2022-gwr, the work report of 蒲城县 (Weinan) given on 20 March 2022 and reviewing
2021 and the five years before, as bx2200.com reposts it (3 labels, expected: 2021年达到226亿元 as the year's GDP and
城乡居民收入分别增长到37130元、15366元 for each side; the five years' sums, 累计, are not a year's figure and are not labelled);
and houma-2024-gwr, the work report of 侯马市 (Linfen) given by the mayor 尹明星 on 12 March 2024 and reviewing 2023, as
bx2200.com reposts it (2 labels, expected: the GDP's 189亿元 and 12.1%; 一般公共预算收入突破6亿元大关 is a milestone and is not
labelled); all cut at their last whole sentence. The set was asked for the provinces, counties, county-level cities and
districts of Shanxi and Shaanxi, older ones and plan reports weighted; the forty-five look-ups named 盂县, 平定, 右玉, 朔城,
怀仁, 耀州, 富平, 镇安, 洪洞, 原平, 韩城, 尧都, 忻府, 榆阳, 阳城, 周至, 临潼, 阎良, 蓝田, 户县, 高陵, 长安, 沁源, 高平, 浑源, 蒲城, 三原,
乾县, 侯马, 河津, 介休, 襄垣 and 孝义, Shanxi's coal-consolidation years and 陕北's oil counties, and county and district plan
reports of both provinces; they reached mostly reports the corpus holds (灵丘 2023, 交城 2023, 闻喜 2021, 潞州 2023, 镇安 2015 and
2016, 陇县 2020, 杨陵 2010, 尧都 2019, 浮山 2019, 昔阳 2009, 灞桥 2023, 平遥's bulletin), openings that stop before any figure
of the year (汉滨's plan of 2021, 临潼 2021, 周至 2024, 澄城 2018), copies in traditional characters (平利 2016, 延长 2017, 阎良
2010, 府谷 2012, 神木 2012, 眉县, 浑源 2024), a machine translation (侯马 2021), a page with its years rewritten (户县), a news
summary naming no report (长安 2013) and statistical bulletins, so that the set holds three reports; they were labelled by
hand before extraction ran on them (16 labels), and scored once on the branch as it stood (b3dbc42): recall 100% (16/16),
precision 100% (16/16): all of the three reports' labels found; nothing missed and nothing wrong; five proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind318`, reviewing 2020 and 2021 in Liaoning and Jilin, a province's and a county's work reports) were found
in the stored pages: liaoning-2021-gwr, the work report of the governor 刘宁 given on 28 January 2021 and reviewing 2020, as
the provincial foreign affairs office's site gives it with an English translation after each paragraph (7 labels, expected:
the GDP's 0.6%, the local revenue's 0.1%, industry's 1.8%, investment's 2.6%, 城镇新增就业45.2万人, the surveyed
unemployment rate's 5.8% and the CPI's 2.4%; cut at the last whole clause before the copy breaks off inside the incomes);
and qianguo-2022-gwr, the second page of a mirror's copy of the work report of the county 前郭尔罗斯蒙古族自治县 (松原), given
at the start of a new term early in 2022 and reviewing 2021, which opens at item 五 with no date line (1 label, expected:
城镇失业率控制在3.5%以内 as the registered rate). The set was asked for the provinces, counties, county-level cities and
districts of Heilongjiang, Jilin and Liaoning reviewing 2016 to 2025; the fifty look-ups named 肇东, 海城, 敦化, 梅河口,
瓦房店, 五常, 虎林, 延吉, 皇姑, 甘井子, 珲春, 公主岭, 东港, 浑南, 金普新区, 香坊, 抚松, 前郭, 绥芬河 and 海林, the three
provinces' work reports reviewing 2017 to 2024 and their plan reports, district plan reports of 大连, 哈尔滨 and 长春, and
counties by their borders, forests and regions (对俄口岸, 长白山, 辽西); they reached mostly reports the corpus holds (北林
2024, 沈河's plans of 2022 and 2023, 梨树 2019, 建平 2018, 旅顺口 2022, 盘山 2022, 朝阳县 2022, 辽阳县 2019, 萨尔图 2021,
兴隆台 2021, 友谊 2023, 龙井 2025, 吉林 2025), openings with five-year figures or none of the year (海城 2025, 虎林 2024,
肇源 2020, 黑龙江 2016), copies in traditional characters (辽宁's work reports reviewing 2018 and 2019 and a second copy of 2020's, 吉林 2020 and 2021,
黑龙江 2020 and 2023, 敦化 2023), news of press conferences and harvests (辽宁 2021, 黑龙江 2024, 金普新区, 香坊), reports of
prefecture-level cities the brief left out (大连 2022, 长春 2024, 四平 2011, 延边 2020, 辽阳 2023), a statistical bulletin
(海城 2020), pages in Korean and a county report stored without its address, so that the set holds two reports; they were
labelled by hand before extraction ran on them (8 labels), and scored once on the branch as it stood (d6d3d05): recall 87.5% (7/8), precision 100% (7/7): all of liaoning-2021-gwr's
seven found; one missed, qianguo-2022-gwr's 城镇失业率控制在3.5%以内 (labelled 城镇登记失业率, a name the copy shortens); two
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Three more (`blind319`, reviewing 2007, 2021 and 2022 in Guangdong and Hainan, work reports of a county-level
city, a district and a county) were found in the stored pages: leizhou-2008-gwr, the work report of the county-level city
雷州 (湛江) given by the mayor 罗滇南 on 27 February 2008 and reviewing 2007, as a page of the city's site gives it, the
store holding no address for it (10 labels, expected: the GDP and the three sectors' value added in amount and growth, and
其中，规模以上企业…；完成工业增加值11.73亿元，比增10.9% as 规上工业增加值, the clause's subject being 规模以上企业);
jianghai-2022-gwr, the work report of the district 江海区 (江门) given by the district head 郑丹辉 in January 2022 (its date
line reads 2022120日) and reviewing 2021, as the district's site gives it (11 labels, expected: the GDP, 规上工业增加值, retail
sales, 一般公共预算收入 as the local revenue and 外贸进出口总额 in amount and growth, and 实际利用外资9.5亿元); and
tunchang-2023-gwr, the work report of the county 屯昌 (Hainan) given by the county head 赵英杰 on 2 February 2023 and reviewing
2022, as a repost on an education site gives it (4 labels, expected: the GDP's 101.38亿元, investment's growth, and the local
revenue with its 同口径 growth; 货物进出口总额实现零突破 is a milestone and not labelled); all cut at their last whole
sentence. The set was asked for the provinces, counties, county-level cities and districts of Guangxi, Hainan and
Guangdong reviewing 2005 to 2026, older ones and plan reports weighted; the fifty look-ups of the search budget named the
Guangxi counties and cities 北流, 平果, 桂平, 灵山, 陆川, 合浦, 宾阳, 巴马, 东兴 and 阳朔 and the districts 青秀 and 钦南, the
Hainan counties and cities 澄迈 (twice), 儋州, 万宁, 定安, 陵水, 五指山, 白沙, 乐东 and 秀英区, the Guangdong counties, cities
and districts 台山, 徐闻 (three times), 怀集, 雷州 (three times), 廉江, 遂溪, 惠城, 斗门, 乳源, 南雄, 龙川, 江海 (twice) and 恩平,
county plan reports of the three provinces and Guangzhou's district plans, and old county reports by their words; they
reached mostly reports the corpus holds (屯昌 2021, 文昌 2019, 阳西 2018 and 2022, 梅县 2008, 黄埔 2011, 斗门 2021, 保亭 2022,
临高 2022, 琼中's plan of 2023, 海南 2009, 万秀 2022, 陆丰 2021, 龙华 2017, 紫金 2019, 雷州 2016), copies in traditional
characters (白沙 2024, 遂溪 2015 and 2017, 惠东 2012, 乐东 2023, 金秀 2023, 蓬江 2025), openings without the year's figures
(徐闻 2019, 惠城 2023, 江海 2025), reports of prefecture-level cities the brief left out (儋州, 玉林, 贵港, 梧州, 惠州, 潮州),
news, statistical bulletins and pages of other provinces, so that the set holds three reports; they were labelled by hand
before extraction ran on them (25 labels), and scored once on the branch as it stood (b6b44bb): recall 100% (25/25),
precision 100% (25/25), no figure missed and none wrong; three proposals of indicators outside the catalogue left
out; the cites test passed; no label changed.
One more (`blind320`, reviewing 2020 in Xinjiang) was found in the stored pages: bole-2021-plan, the part on 2020 of
the plan report of the county-level city 博乐市 (博尔塔拉蒙古自治州), as the city's site publishes it among its plans
(xjbl.gov.cn), a copy without title or date line written after October 2020 with the year's results 预计 (11 labels,
expected: the GDP's, investment's (45.4%, given twice and labelled once, and 89.4亿元), industry's, the local revenue's and
retail sales' growths (下降8), both incomes in amount and growth, and 城镇登记失业率控制在3.8%以内; 进出口贸易额增长1.5倍 is no
percentage and is not labelled). Fifty searches of the stored pages sought work and plan reports of counties, banners,
county-level cities and districts of Inner Mongolia, Xinjiang, Tibet, Qinghai and Gansu, naming prefectures (陇南, 伊犁,
兴安盟, 海北, 通辽), counties one by one (库尔勒, 敦煌, 满洲里, 互助, 乌兰浩特, 奈曼, 玛纳斯, 阜康, 博乐, 会宁, 精河, 临夏县, 温泉,
阿拉山口), older years (县 2009, 旗 2008, 青海 2012, 新疆 2011 and 2013), county and banner plan reports, the provinces'
reports (青海 2023, 甘肃 2017, 内蒙古 2015, 新疆 2014, 西藏 2016) and the provinces' plan reports, and a place's own details
(祁连山, 河西走廊); they reached mostly reports the corpus holds (苏尼特右旗 2023, 正蓝旗 2019, 湟源 2025, 新巴尔虎左旗 2018,
麦盖提 2021, 尉犁 2025, 玉门 2023, 静宁 2011, 天峻 2022, 吐鲁番 2025, 科右中旗 2023, 果洛 2018, 西藏 2026, 甘肃's review of its
plan of 2025), prefectures and a municipality outside the brief (海东, 海西, 乌鲁木齐), openings that stop before any figure
of the year (临夏县 2021, 正蓝旗's plan of 2025, 西藏's plan of 2020, 青海 2023) or give five-year figures alone, a copy
defaced with gambling spam that breaks off inside the sentence of 2015's figures (西藏 2016), copies in traditional
characters (和硕 2018, 张家川 2013, 西藏 2016, 内蒙古 2013 and 2016), unnamed counties' reports on document sites, 博乐's
mid-year plan reports of 2022 and 2023 (half-year figures alone), news of sessions, statistical bulletins and yearbooks,
so that the set holds one report; it was labelled by hand before extraction ran on it (11 labels), and scored once
on the branch as it stood (e25db46): recall 100% (11/11), precision 100% (11/11): all eleven found; nothing missed,
nothing wrong; six proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Six more (`blind322`, reviewing 2011, 2012, 2016, 2022 and 2023 in Hubei and Shandong, the work reports of prefecture-level
cities) were found in the stored pages: huanggang-2012-gwr, the work report of 黄冈 given by the mayor 刘雪荣 on 3 January
2012 and reviewing 2011 and the five years before, as a model-essay site (xuncaibao.com) gives it (6 labels, expected: the
levels of 2011 of the GDP, 全社会固定资产投资, 规模以上工业增加值, retail sales, 全口径财政收入 as the total budget revenue and
地方一般预算收入 as the local one; every growth there is averaged over five years, 年均增长, and is not labelled);
huangshi-2013-gwr, the work report of 黄石 reviewing 2012, as a mirror of the 黄石 development zone's pages (gerrg.com) gives it
from its greeting, with no title or date line (10 labels, expected: the GDP's 1040亿元 given after 突破千亿元大关 and its 12%,
地方财政总收入 as the total budget revenue, 公共财政预算收入 as the local one, 城镇居民人均可支配收入 and 农民人均纯收入 with
growths paired by 分别); heze-2017-gwr, the work report of 菏泽 given by the mayor 解维俊 on 23 February 2017 and reviewing the
five years to 2016, as the city paper prints it (4 labels, expected: the levels of 2016 that each span 由…增加到 reaches, the
GDP, 地方一般公共预算收入, 进出口总额 in 亿元 and retail sales; the levels of 2011 they start from not labelled);
zibo-2022-gwr, the work report of 淄博 given by the mayor 赵庆文 on 28 December 2022 and reviewing 2022, as China Economic Net
(district.ce.cn) reposts it (6 labels, expected: the GDP's 4500亿元 and 4%以上, 一般公共预算收入扣除留抵退税因素 400亿元 and 5.7% as
the local revenue, and the paired growths of investment and 规模以上工业增加值); jingmen-2024-gwr, the work report of 荆门 given
by the mayor 陈家伟 on 10 January 2024 and reviewing 2023, as district.ce.cn reposts it from 荆门日报 (6 labels, expected: the
year's growths of the GDP, 规模以上工业增加值, investment, the local revenue and retail sales, and the grain's 58.7亿斤 as written;
the GDP's quarterly cumulative growths not labelled); and binzhou-2024-gwr, the work report of 滨州 given by the mayor 李春田
on 15 January 2024 and reviewing 2023, as a document site (dawenge.com) gives the city paper's print (4 labels, expected: the
growths of the GDP, investment and 居民人均可支配收入 with 左右, and 一般公共预算收入增长 6% as the local revenue); all cut at their
last whole sentence. The set was asked for the prefecture-level cities of Hubei and Shandong, older ones and plan reports
weighted, starting from the reports earlier helpers had met (黄石 2010 and 2012, 黄冈 2012, 鄂州 2015, 宜昌 2012, 2015 and 2016,
日照 2014, 威海 2017, 聊城 2011, 青岛 2014; of these the corpus held 黄石's of 2010, 鄂州's, 宜昌's of 2016, 日照's, 威海's,
聊城's and 青岛's); the twelve look-ups named 黄石, 黄冈, 宜昌, 东营, 泰安, 潍坊, 莱芜, 滨州, 荆门, 淄博, 烟台 and 菏泽 with a year
and figure words; they reached, besides the six, reports the corpus holds (黄石 2009, 2010 and its plan of 2013, 东昌府 2019,
聊城 2011, 青岛 2014, 菏泽 2025, 荆门's plan of 2019, 荆州 2020 and its plan of 2022), 黄石's report reviewing 2007 and the
one reviewing 2011 (five-year averages beside the levels of 2011) and 淄博's reviewing 2016, left for another set,
copies in traditional characters (淄博's targets of 2013, 菏泽 2018 and 2020, 泰安's delegation news of 2017), a summary
(烟台 2026, 摘要版), a county-level city (青州 2024), five-year plan outlines (黄冈's twelfth, 东营's fourteenth), news of
congresses and sessions (宜昌 2012 and 2016, 黄冈 2018, 泰安 2026, 滨州 2026, 东营 2012), yearbook entries (莱芜, 滨州) and
statistical bulletins (莱芜区 2020, 淄博 2006), so that the set holds six reports; they were labelled by hand before
extraction ran on them (36 labels), and scored once on the branch as it stood (fa07bcb): recall 94.4% (34/36), precision 100% (34/34):
all of huanggang-2012-gwr's, huangshi-2013-gwr's, heze-2017-gwr's, zibo-2022-gwr's and binzhou-2024-gwr's labels found and
four of jingmen-2024-gwr's six; missed 荆门's GDP growth told after its quarterly cumulative ones (…三季度累计增长6.6%，全年累计
增长6.7%) and its grain, 粮食稳产增收，总产达到58.7亿斤; nothing wrong; eight proposals of indicators outside the catalogue left
out (the run printed "(partial)" after them); the cites test passed; no label changed.
Four more (`blind323`, reviewing 2013, 2017, 2018 and 2021 in Shaanxi and Sichuan, the work reports of two
prefecture-level cities) were found in the stored pages: ankang-2014-gwr, the work report of 安康 given by the mayor 徐启方 on
26 February 2014 and reviewing 2013, as guanchang.qwyd.net gives it (15 labels, expected: the GDP, 财政总收入 as the total and
一般预算收入 as the local revenue, 城乡居民收入 for each side with the urban 2.25万元 as written and the rural one as 农村居民人均纯收入,
the energy intensity's 下降3.3, 规模以上工业增加值, grain and retail sales); ankang-2018-gwr, the summary (摘要) of 安康's report
on 2017 as the city's journal 安康发展 prints it in its 两会 issue (15 labels, expected: the GDP, both revenues, both incomes,
规模工业增加值, retail sales and investment); ankang-2019-gwr, 安康's report on 2018 given by the mayor 赵俊民, as the city's news
site akxw.cn gives it (10 labels, expected: 财政总收入、一般预算收入和支出分别增长21.3%、6.9%和16.1% shared out, the expenditure
left out; 经济总量突破千亿 a milestone, not labelled); weinan-2018-gwr, the work report of 渭南 given by the acting mayor 李毅 on
17 April 2018 and reviewing 2017, as a mirror of the city's disclosure pages gives it (12 labels, final, as given in April);
shangluo-2023-gwr, the work report of 商洛 given by the mayor 王青峰 on 1 February 2023 and reviewing 2022, as bx2200.com reposts
it (6 labels, expected; 限上消费品零售总额 is no catalogue series); and nanchong-2022-gwr, the work report of 南充 given on 6 January
2022 and reviewing 2021 and the five years before, as longxianinfo.com reposts it (2 labels, expected: the incomes' levels
分别达39300元、18075元 at the span's end; 突破2600亿元 a milestone and the five-year averages not labelled); all cut at their last
whole sentence. The set was asked for the prefecture-level cities and autonomous prefectures of Sichuan, Guizhou, Yunnan and
Chongqing's neighbours, older ones and plan reports weighted; the forty-one look-ups named 广元, 眉山, 贵阳, 六盘水, 安顺, 黔南,
玉溪, 昭通, 丽江, 德阳, 泸州, 迪庆, 铜仁, 恩施, 湘西, 娄底, 遵义, 达州, 宜宾, 曲靖, 张家界, 常德, 安康, 商洛, 十堰, 红河, 渭南,
雅安, 毕节 and 南充, Yunnan's prefecture plan reports, Wikisource's city reports and Guizhou's prefectures by their slogans; they
reached mostly reports the corpus holds (广元 2020, 眉山 2014, 绵阳 2017, 资阳 2015, 六盘水 2019, 贵阳 2017, 黔西南 2021, 泸州
2021, 迪庆 2012, 2016 and 2017, 遵义 2006 and 2020, 巴中 2019, 张家界 2020, 汉中 2017, 安康 2025, 商洛 2017, 十堰 2024, 德宏 2025,
毕节 2021, 南充 2023, 渭南 2022, and the districts 娄星 2026 and 通川 2026), openings that give no figure of the year (广元 2016,
德阳 2021, 宜宾 2022, 遵义 2022, only five-year sums, averages or milestones; 玉溪 2024, 恩施 2024 and 2025, 大理 2023, 遵义 2023,
安康 2016, 德阳 2023 and 张家界 2021, which stop before any), copies in traditional characters (宜宾 2017, 昭通 2012, 贵阳 2014,
雅安 2019, 常德 2025, 商洛 2018, 渭南 2021, 六盘水 2024) and anniversary and plenum news, so that the set holds six reports (十堰
2025, a television reading with one figure, was left out); they were labelled by hand before extraction ran on them (60
labels), and scored once on the branch as it stood (6dbdbc1): recall 100% (60/60),
precision 100% (60/60): all of the six reports' labels found; nothing missed and nothing wrong; thirty-six
proposals of indicators outside the catalogue left out; the cites test passed; no label changed. Two of the six, weinan-2018-gwr and
shangluo-2023-gwr, were found by `blind325` at the same time from the same pages, with the same text and the same labels;
they are kept once, as `blind325`'s, so that this set holds four reports and 42 labels (all found).
One more (`blind324`, reviewing 2008 in Shanghai, a province-level work report) was found in the stored pages:
shanghai-2009-gwr, a 上海证券报 report by 蔡国兆 of 17 January 2009 (沪浙调低经济增长目标) quoting the targets for 2009
and the results of 2008 the mayor 韩正 gave in Shanghai's work report of 13 January 2009, whole as paper.cnstock.com
keeps it (4 labels: the GDP's growth, 9%左右 targeted and 10 expected, and the local revenue's, 6 targeted and 13.3
expected, 地方财政收入 labelled as 地方一般公共预算收入); the Zhejiang figures the article sets beside Shanghai's are
another province's and are not labelled, as guangdong-2013-gwr leaves 江苏's. The set was asked for provinces' work and
plan reports reviewing 2005–2016 that the corpus lacks; the fifty look-ups named 云南, 黑龙江, 宁夏, 河北, 贵州, 四川, 广西,
青海, 江苏, 辽宁, 吉林, 内蒙古, 新疆, 重庆, 天津, 河南, 北京, 安徽, 上海 and 浙江 with their governors and years, the
provinces' plan reports of 2009–2014 and 中国经济网's reposts of the reports of 2006 and 2008; they reached mostly reports
the corpus holds (黑龙江 2006, 四川 2005 and 2008–2011, 山西 2009, 辽宁 2010 and 2011, 浙江 2008 and 2011, 山东 2010,
安徽 2009 and 2012, 重庆 2013 and 2014, 天津 2013, 福建 2013, 上海 2007, 云南 2019), copies in traditional characters
(云南 2012, 河北 2010 and 2014, 宁夏 2008, 江苏 2010, 上海 2009 and 2010, 北京 2011, 江西 2013, 贵州 2012, 内蒙古 2016,
湖北 2016), openings that stop before any figure of the year (四川 2012 and 2013, 浙江 2009 and 2010, 天津 2009 and 2015,
河南 2013, 辽宁 2013), five-year figures only (重庆 2006, 黑龙江 2013, 青海 2006), mid-year reports whose half-year
figures the corpus does not label (四川 2007, 河北 2014), statistical bulletins and rankings, so that the set holds one
report; it was labelled by hand before extraction ran on it (4 labels), and scored once on the branch as it stood
(c54b01c): recall 50% (2/4), precision 50% (2/4): both targets of 2009 found; the two results of 2008
missed, for the extractor took Zhejiang's figures of the same indicators, set before Shanghai's in the same sentence
(浙江生产总值…比上年增长10%左右 and 地方财政收入增长15.3%), as Shanghai's 2008 results, and those are its two wrong
proposals; no proposal of indicators outside the catalogue left out; the cites test passed; no label changed, for the
labels read the text as it stands (Shanghai's 增长10% and 增长13.3%).
Five more (`blind325`, reviewing 2017, 2019, 2021, 2022 and 2023 in Shaanxi and Shanxi, the work reports of three
prefecture-level cities) were found in the stored pages: weinan-2018-gwr, the work report of 渭南市 given by the acting
mayor 李毅 on 17 April 2018 and reviewing 2017, as a mirror of the city's disclosure page (zwfw.ppfh.org) gives it (12
labels, final, as given in April: the GDP, 全社会固定资产投资 and 地方财政收入 as the local revenue in amount and growth,
城乡居民收入分别达到29808元和10260元，增长8.5%、9% for each side, 规模以上工业增加值's growth and 粮食总产211.54万吨);
weinan-2020-gwr, the work report of 渭南市 given by the acting mayor 王琳 on 28 June 2020 and reviewing 2019, as
mp.123yiche.com reposts it (5 labels, final: the GDP's and retail sales' growths, 地方财政收入完成86.01亿元 and the two
sides' income growths; 民间投资 and 工业投资 are parts of investment and are not labelled); shangluo-2023-gwr, the work
report of 商洛市 given by the mayor 王青峰 on 1 February 2023 and reviewing 2022, as bx2200.com reposts it (6 labels,
expected: the GDP in amount and growth, 固定资产投资's growth, 地方一般公共预算收入 in amount and 同口径 growth and
规上工业增加值's growth; 限上消费品零售总额 is not 社会消费品零售总额 and is not labelled); changzhi-2022-gwr, the work report
of 长治市 given on 20 February 2022 and reviewing 2021 (7 labels, expected: 突破2000亿元，达到2311亿元 labelled at its exact
value, the threshold being a milestone, its growth, 一般公共预算收入224亿元 and 34.7%, 固定资产投资892亿元 and 10.3%, and
retail sales' growth); and changzhi-2024-gwr, the work report of 长治市 given on 26 March 2024 and reviewing 2023 (6 labels,
expected: 固定资产投资963.5亿元, the GDP and 一般公共预算收入 in amount and growth, and 规上工业增加值's growth), both as the
city's own disclosure pages (changzhi.gov.cn) give them; all cut at their last whole sentence. The set was asked for the
prefecture-level cities of Henan, Shaanxi, Shanxi, Hebei and Inner Mongolia (counties left out), older ones and plan
reports weighted; the forty-four look-ups named 安阳, 焦作, 临汾, 鹤壁, 三门峡, 驻马店, 晋中, 吕梁, 巴彦淖尔, 阳泉, 承德, 唐山, 朔州,
忻州, 兴安盟, 榆林, 延安, 渭南, 衡水, 赤峰, 运城, 安康, 商洛, 乌兰察布, 邯郸, 鄂尔多斯, 秦皇岛, 平顶山, 南阳, 铜川, 乌海, 呼伦贝尔,
大同 and 长治, the plan reports of 鹤壁, 安阳 and 焦作 and of the development commissions of Hebei, Shanxi and Inner Mongolia,
and the report sites' (河南省)/(河北省)/(山西省) listings; they reached mostly reports the corpus holds (延安 2017, 渭南 2022,
榆林 2014, 鄂尔多斯 2020, 大同 2020, 乌海 2023, 呼伦贝尔 2023, 乌兰察布 2021, 呼和浩特 2020, 赤峰 2025, 通辽 2025, 邯郸 2025, 邢台
2024, 张家口 2019 and 2024, 运城 2019, 安康 2025, 汉中 2017, 周口 2015), copies in traditional characters (临汾 2022, 阳泉 2023,
晋中 2023 and 2025, 朔州 2024, 信阳 2020, 渭南 2021, 铜川 2019), openings that stop before any figure of the year (平顶山 2020,
商洛 2024, 焦作 2021 with one growth), openings with five-year or milestone figures only (巴彦淖尔 2022, whose one figure is
the grain output, 呼伦贝尔 2022, 长治 2021), 三门峡's plan of 2023, whose opening gives only the first eleven months' results
(前11个月…) before it breaks off at the year's GDP, a copy without an address (焦作 2013), news of congresses (鹤壁 2024, 唐山
2023, 衡水 2018 and 2019, 赤峰 2018), the second page only of 运城 2024 and statistical bulletins, so that the set holds five reports; they were labelled by hand
before extraction ran on them (36 labels), and scored once on the branch as it stood (d91c8bf): recall 100% (36/36),
precision 100% (36/36): all of the five reports' labels found; nothing missed and nothing wrong; twenty-seven proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.

Four more (`blind326`, reviewing 2021, 2022 and 2023 in Anhui and Hunan, the work reports of four prefecture-level
cities) were found in the stored pages: xuancheng-2022-gwr, the work report of 宣城 given by the mayor 何淳宽 on 11 January
2022 and reviewing 2021, as the city government's site gives it (10 labels, expected: the GDP's 1833.9亿元 and 10.1%,
一般公共预算收入's 182.8亿元 and 8.5% as the local revenue, the growths of 规模以上工业增加值, investment, retail sales and
进出口总额, and 城镇、农村居民人均可支配收入分别增长9.5%和8.7% for each side); yiyang-2022-gwr, the work report of 益阳 given
by the mayor 陈竞 on 29 December 2022 (titled 2023年政府工作报告) and reviewing 2022, as the city's site gives it (6 labels,
expected: the growths 5.5%以上, 11%以上, 7.2%左右 and 3.5%以上 of the GDP, investment, 规模工业增加值 and retail sales, the local
revenue's 10.38% (its 突破100亿元 is a milestone and is not labelled) and 城镇调查失业率控制在省定目标以内 as a worded result);
bengbu-2024-gwr, 人民网's report of the work report of 蚌埠 given by the mayor 马军 on 16 January 2024 and reviewing 2023
(3 labels, expected: the GDP's 6%左右, given in the headline and the lead and labelled once, and the growths of 城镇 and
农村居民人均可支配收入); and huangshan-2022-gwr, the work report of 黄山 given by the mayor 孙勇 on 12 January 2022 and
reviewing the outgoing government's four years and 2021, as a video site (fs94.org) reposts it (1 label, expected: 2021年全市
生产总值比2020年增长9.5%); all cut at their last whole sentence. The set was asked for the province-level and prefecture-level
reports of Hunan, Jiangxi, Anhui, Fujian and Guangxi (prefecture-level cities and autonomous prefectures instead of counties),
older ones and plan reports weighted; the forty-eight look-ups named 娄底, 湘西, 益阳, 怀化, 张家界, 湘潭, 常德, 衡阳, 永州, 鹰潭,
新余, 宜春, 抚州, 上饶, 景德镇, 铜陵, 滁州, 黄山, 宣城, 淮北, 蚌埠, 亳州, 宿州, 龙岩, 南平, 莆田, 三明, 宁德, 柳州, 桂林, 北海, 钦州,
防城港, 百色, 河池, 崇左 and 玉林, with a year and a figure word or the date line's words (在…市第 届人民代表大会), and the plan
reports of 龙岩, 滁州, 娄底 and 怀化; they reached mostly reports the corpus holds (邵阳 2015, 萍乡 2021, 宜春 2020, 益阳 2017,
新余 2024, 抚州 2024, 马鞍山 2019, 安庆 2025, 亳州 2024, 南平 2020, 宁德 2013, 三明 2021, 景德镇 2022, 梧州 2012, 衡阳 2015,
桂林 2021), copies in traditional characters (龙岩 2022, 上饶 2024, 九江 2014, 贵港 2018 and 2021, 铜陵 2015, 马鞍山 2016,
合肥 2015, 桂林 2016 and 2022, 宿州 2023, 蚌埠 2025, 钦州 2024, 北海 2022, 鹰潭's plan of 2021 as issued), a machine-reworded
copy (铜陵 2024), openings that stop before any figure of the year (玉林 2025, 宿州 2024, 宿州's plan of 2020, 张家界 2021),
five-year figures only (宣城 2011), 三明's plan reviewing 2022 (left out: the issue quoted it, as sanming-2022-plan's note
says), county-level cities the brief left out for these provinces (漳平, 天长, 福安), news of sessions and statistical
bulletins, so that the set holds four reports; they were labelled by hand before extraction ran on them (20 labels), and
scored once on the branch as it stood (a05ec37): recall 95.0% (19/20),
precision 100% (19/19): all ten of xuancheng-2022-gwr's, five of yiyang-2022-gwr's six, all three of bengbu-2024-gwr's and
huangshan-2022-gwr's one found; missed 益阳's worded unemployment result, 城镇调查失业率控制在省定目标以内 (nothing proposed
for it); nothing wrong; six proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind327`, reviewing 2016, 2018, 2019 and 2024 in Shenzhen, plan reports of districts) were found in the
stored pages: futian-2020-plan, the plan report of the district 福田区 on 2019 and the plan of 2020, as a repost on the site
of the Shenzhen SME public service platform (seccw.com) gives it, dated 2020-04-03 and sourced to 福田政府在线, a copy without
speaker or date written for the congress of early 2020 (8 labels, expected: the GDP's, investment's, retail sales' and the
local revenue's figures from the list of the year's main figures, each given again in the paragraph after it and labelled
once, 进出口总额降幅收窄至-10% as -10, and 城镇居民登记失业率控制在3%以内; 地区生产总值超过4546.50亿元 is a level written as a threshold passed and is not
labelled); luohu-2017-plan, the plan report of the district 罗湖区 on 2016 and the plan of 2017, as a repost on a Shenzhen
news site gives it (k6zz.com), a copy that has lost words and writes GDP as P (3 labels, a fourth added after the run,
expected: the growths of the GDP, investment and retail sales, whose levels are thresholds passed (突破1900亿元, 突破180亿元,
突破1100亿元) and not labelled; 财政总收入 was left out, see below); longhua-2019-plan, the plan of 2019 of the district 龙华区 with
its account of 2018, as the district's site gives it (1 label, expected: the GDP's growth 10.3; its level 突破2400亿元 a
threshold passed, and 规模以上工业增加值、固定资产投资、进出口总额、一般公共预算收入等主要经济指标可实现年初预期目标, an open list said to be on course, not labelled);
and longhua-2025-plan, the part on 2024 of 龙华区's plan report, as the district's site gives it without title or date line
(7 labels, expected: the growths of the GDP, 规上工业增加值, retail sales, 进出口总额 and 实际利用外资, and investment's 投资完成额达1211亿元、增长6.8%
under the run-in heading 固定资产投资量质齐升); all cut at their last whole sentence. The set was asked for the plan reports of
districts of Guangzhou, Shenzhen, Beijing, Shanghai, Wuhan, Chengdu, Hangzhou, Nanjing, Tianjin and Chongqing reviewing
2007 to 2025; the forty-nine look-ups of the search budget named the districts 朝阳 (Beijing), 丰台, 昌平, 顺义, 静安, 长宁, 虹口, 闵行,
江夏, 东西湖, 江汉, 南沙, 从化, 越秀 (three times), 萧山, 余杭, 西湖 (Hangzhou), 西青, 津南, 北辰, 秦淮, 江宁, 武侯, 九龙坡, 永川, 江津, 荣昌, 合川, 梁平, 福田 (three
times), 南山 (four times), 龙岗 (three times) and 龙华 (three times), Chengdu's districts at large, and the reports' opening
words (受区人民政府委托…计划执行情况与…计划草案) for several years; they reached mostly plan reports the corpus holds (武清 2020, 上城 2019, 余杭
2022, 天河 2019, 越秀 2021, 龙华 2019, 2021 and 2022, 江宁's targets of 2009, 长寿 2024, 开州 2024), an opening of 龙华's plan report
reviewing 2020 that stops before any figure, plan reports of districts of other cities (荔城, 长乐), mid-year plan reports (越秀
2018, 2019, 2021 and 2022, 龙岗 2015, 梁平 2022, 朝阳 2018 and 2023), a district's interpretation of its plan report (长宁 2020),
work reports, statistical bulletins, budget reports, news of sessions and copies in traditional characters, so that the
set holds four reports; they were labelled by hand before extraction ran on them (19 labels), and scored once on the
branch as it stood (dc07b80): recall 89.5% (17/19), precision 94.4% (17/18); its misses: longhua-2025-plan's investment
told under the run-in heading 固定资产投资量质齐升 as 投资完成额达1211亿元、增长6.8% (both figures); its one wrong proposal, luohu-2017-plan's
财政总收入突破230亿元，增长62% read as the growth of 一般公共预算总收入, was a label the labelling had left out by mistake, the note calling
财政总收入 no catalogue figure where the corpus labels it as the total budget revenue (宜章's of 2016, 翔安's of 2017); it was
labelled after the run (62; its level 突破230亿元 a threshold passed and not labelled), so that the set counts 18/20 and 18/18
by its corrected labels; twelve proposals of indicators outside the catalogue left out; the cites test passed; no other
label changed; the floors are the first run's.
One more (`blind328`, reviewing 2006 in Zhejiang) was found in the stored pages: jiande-2007-gwr, the work report of
the county-level city 建德 (Hangzhou) given by the mayor 洪庆华 on 4 February 2007 at the first session of the 14th city
congress, reviewing the outgoing government's four years with the figures of 2006, as an e-government portal reposts it
from the city's news media centre (e-gov.org.cn), cut at its last whole sentence (3 labels, expected: the GDP's 112亿元 and
财政总收入13.1亿元，其中地方财政收入6.8亿元 as the total and the local budget revenue; the growths over 2002 are four years'
cumulative growths and are not labelled). The set was asked for the provinces, counties, county-level cities and districts
of Zhejiang and Jiangsu reviewing 2005 to 2012, plan reports weighted; the fifty look-ups of the search budget named the
Zhejiang counties, cities and districts 乐清, 临安, 富阳, 嘉善, 海宁 (twice), 建德 (twice), 开化 (three times), 桐庐, 上虞, 永康,
义乌, 德清, 奉化, 鄞州, 北仑, 瓯海 (twice) and 青田, the Jiangsu ones 江阴, 溧阳, 启东, 句容, 邳州, 常熟, 张家港, 金坛, 射阳,
仪征, 武进 and 靖江, 江宁's plan targets, county plan reports of both provinces, the zjol county sites' reports, and old
reports by their words (实际到账注册外资, 财政总收入 其中地方财政收入); they reached mostly reports the corpus holds (余杭 2009,
武义 2010, 海宁 2012, 开化 2012, 慈溪 2010, 鄞州 2011, 常熟 2011, 江宁's plan of 2009, 瓯海 2004 and 2015), copies in traditional
characters (海门 2006, 泰兴 2010, 东海 2012, 句容 2014), a plan report whose opening stops before any figure (开化's plan of
2010), a copy with no year (德清, bdocx), a news summary of targets outside the catalogue (泰兴 2011), statistical bulletins,
yearbooks, five-year plans, feature articles and reports of prefecture-level cities the brief left out (南通, 杭州, 嘉兴, 镇江,
苏州, 无锡), so that the set holds one report; it was labelled by hand before extraction ran on it (3 labels), and scored
once on the branch as it stood (e5f0ed1): recall 100% (3/3), precision 100% (3/3): all three found; nothing missed, nothing
wrong; six proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Two more (`blind329`, reviewing 2007 and 2013 in Shandong) were found in the stored pages, both news reports of the
province's government work report: shandong-2008-gwr, a 第一财经日报 report on 新浪财经 (21 January 2008) of the report the
acting governor 姜大明 delivered on 20 January 2008, reviewing 2007 and the five years since 2002 (5 labels, expected: 全省生产总值
2.6万亿元, 地方财政收入1674.5亿元 as the local revenue, the urban disposable income and the rural net income; and the 2012
target 全省GDP突破4万亿元; the lead's 突破2.6万亿元, a threshold passed, the five-year averages and the levels given as
multiples of 2002's are not labelled), and shandong-2014-gwr, a 齐鲁晚报 report on 大众网 (18 January 2014) of the report the
governor 郭树清 delivered on 17 January 2014, cut at the last whole clause before the stored copy breaks off (2 labels,
targets of 2014: 地区生产总值增长9%左右 and 公共财政收入增长11%左右 as the local revenue). The set was asked for the provinces,
counties, county-level cities and districts of Hebei, Tianjin, Beijing and Shandong reviewing 2005 to 2014, county reports
and plan reports weighted; the fifty look-ups of the search budget named the Hebei counties and cities 平泉, 围场, 枣强, 武安,
迁安, 三河, 安平 (its 丝网) and 平山 (西柏坡), the Shandong counties, cities and districts 广饶, 郓城, 招远, 邹平 (魏桥), 曲阜,
崂山区 and 临淄区, the Tianjin districts and counties 静海, 宝坻, 西青 and 津南, the Beijing districts 怀柔, 顺义 and 房山, Hebei
county reports by their words (全部财政收入, 环首都绿色经济圈), Shandong county reports by theirs (规模以上固定资产投资,
黄河三角洲), county and district plan reports of the four provinces, and the provinces' own work and plan reports (河北 2012 to
2014 by its governors 郭庚茂 and 张庆伟, 北京 2006, 2012 and 2014, 天津 2007, 2011, 2013 and 2014, 山东 2009, 2012 and 2014, the
plans of 山东 2014 and 天津 2013); they reached mostly reports the corpus holds (五莲 2013, 沂源 2013, 苍山 2012, 乐亭 2007,
沾化 2011, 滨海新区 2012, 2013 and 2014, 海淀 2012, 西城's plan of 2015, 天津 2013, 山东 2010, 2011 and 2013), copies in
traditional characters (南开 2010, 胶州 2010, 昌平 2007, a news report of 怀柔's session after APEC 2014, 北京 2011 and 2013, 河北 2010 and 2014, 山东 2004 and 2009),
openings that stop before any figure (天津 2009 on its gazette and a mirror, 天津 2015, 天津's plan of 2007, the second page of
天津 2008), reports outside the years asked (河北 2003, 平山 2026, 济南市中区 2016, 蠡县 2017, 沙河 2017), a copy whose years a
model-texts site replaced (天津 2015 as "2023年"), a generated summary (临淄 2014), a party committee's report (李沧 2010), an
English translation (平谷 2010) and a Japanese digest (北京 2005), 北京's 十一五 outline of 2006 (five-year averages alone),
prefecture-level cities, mid-year accounts, statistical bulletins and yearbooks, so that the set holds two reports; they were
labelled by hand before extraction ran on them (7 labels), and scored once on the branch as it stood (804a333): recall
100% (7/7), precision 87.5% (7/8): all seven found; one wrong, shandong-2008-gwr's lead (地区生产总值（GDP）从刚过1万亿元迅猛增长
到突破2.6万亿元) read as a target of 2008 (突破2.6万亿元), where the labels leave it out as 2007's result written as a threshold
passed; seven proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Four more (`blind330`, prefecture-level cities of Guangdong and Hainan reviewing 2005, 2014, 2022 and 2024) were found in
the stored pages: yangjiang-2006-gwr, the work report the mayor 林少春 delivered to 阳江's congress on 9 February 2006, as a
mirror of the city government's page gives it, to the paragraph of 2005's figures (5 labels, expected: 全市生产总值295亿元
and, on the former accounting, 318.5亿元, both labelled as the corpus labels a revenue on two bases, its growth 14.3%, and
地方财政一般预算收入8.7亿元 with its growth as the local revenue); yangjiang-2025-gwr, a 南方日报 report on a reposting site of
阳江's work report of 25 February 2025 (6 labels: 2024's GDP 1629.6亿元 and 3.5%, investment, foreign trade and industrial value
added growths, and the 2025 target 增长5%左右, its restatement not labelled again); sanya-2023-gwr, a news commentary on a
reposting site on 三亚's work report of 7 January 2023 (5 labels: the 2023 target 地区生产总值增长10%左右, the final GDP growths
of 2020 and 2021 with 2021's 835.37亿元, and 2022's 实际利用外资同比增长57.7%); and jiangmen-2015-gwr, 江门's work report of 5
February 2015 on the city government's site, to the last whole sentence of its second part (2 labels: 2014's GDP 2083亿元 and
7.8%). The set was asked for the prefecture-level cities of Guangdong, Guangxi and Hainan; the thirty-eight look-ups the search tool allowed
named the Guangxi cities 柳州 (twice, and its plan reports), 钦州 (twice), 玉林, 贵港, 百色 (twice), 河池, 崇左, 防城港, 北海 (twice),
贺州, 桂林 and 南宁, the Guangdong cities 汕尾 (twice), 揭阳 (three times), 云浮 (twice), 茂名, 清远, 河源, 肇庆, 阳江 (twice), 湛江,
韶关, 梅州 and 江门, the Hainan cities 儋州 (twice), 三亚 and 海口's plan reports; they reached mostly reports the corpus holds (来宾
2024, 梧州 2012, 贺州 2021, 茂名 2012, 潮州 2021, 汕头 2016, 阳江 2022, 湛江 2012, 2018 and 2022, 南宁 2021, 韶关 2021, 陆丰 2022,
清城区's plan of 2017) or whose reviewed year it holds (珠海 2011, reviewing 2010, beside zhuhai-2011-plan), copies in traditional
characters (贵港 2018 and 2021, 汕头 2023, 茂名 2020, 清远 2018, 云浮 2022, 桂林 2016 and 2022, 北海 2022, 钦州 2024, 梧州 2024, 肇庆
2020, 汕尾 2020, 江门 2011, 海口 2013), openings that stop before any figure (玉林 2025, 梅州 2023, 河源 2024, 汕尾's plan of 2025,
三亚's plans of 2021 and 2023, 珠海's plan of 2018, 江门 2019, 揭阳 2019's fourth page), a copy with its years replaced by 20xx
(江门 2016), a copy whose only figures are five-year averages and those of the 洋浦 zone (儋州 2022), generated summaries,
counties and districts, yearbooks and statistical bulletins, so that the set holds four reports; they were labelled by hand
before extraction ran on them (18 labels), and scored once on the branch as it stood (6ecb13f): recall 94.4% (17/18),
precision 100% (17/17): one missed, yangjiang-2006-gwr's GDP on the former accounting (按原核算方法为318.5亿元), which the
labels count beside the revised 295亿元; none wrong; six proposals of indicators outside the catalogue left out; the cites
test passed; no label changed.
One more (`blind331`, reviewing 2020 in Liaoning, the work report of a prefecture-level city) was found in the stored
pages: tieling-2021-gwr, the work report of the city 铁岭 delivered by the mayor 隋显利 to the fifth session of the eighth
municipal congress on 12 January 2021, as a model-texts site reposts it (benet-wh.com.cn), cut at the last whole sentence
before the stored copy breaks off (6 labels, expected: 地区生产总值增长2%, 一般公共预算收入增长0.9% as the local revenue,
固定资产投资增长10%, 规模以上工业增加值增长5%, and 城乡居民人均可支配收入分别增长3.5%和9%, one label a side). The set was asked
for the prefecture-level cities of Liaoning, Jilin and Heilongjiang of 2005 to 2026; the look-ups named the cities the corpus
holds least (本溪, 朝阳, 辽源, 鸡西, 鹤岗, 双鸭山, 七台河, 牡丹江, 大兴安岭, 铁岭, 丹东, 阜新, 营口, 白山, 通化, 佳木斯, 齐齐哈尔, 黑河,
伊春), by name with a year and figure words, by their congresses' date lines, by the title styles of the mirrors of the
provinces' pages and of the report-collection sites, by their plan reports (白山, 牡丹江, 本溪), by news of their sessions'
openings, and by their own details (辽源's 袜业 and 梅花鹿, 鹤岗's 石墨, 黑河's trade with Russia); they reached mostly reports the
corpus holds (辽阳 2024, 大连 2023, 白城 2024, 鞍山 2026, 阜新 2006, 营口 2008, 2013 and 2017, 大庆 2022), copies in traditional
characters (七台河 2009, 大兴安岭 2011, 牡丹江 2021, 鞍山 2024, 营口 2024), openings that give no figure of the catalogue or only
five-year averages and milestones (辽源 2022, 齐齐哈尔 2022) or stop before any (鸡西's session of 2015), resolutions (白城 2026,
丹东 2023), news and feature articles, and counties and districts the brief left out (朝阳县 2023, 铁岭县 2023, 盘山 2023, 虎林 2025),
so that the set holds one report; the session's search budget ran out after 41 look-ups. It was labelled by hand before
extraction ran on it (6 labels), and scored once on the branch as it stood (f9a6fcf): recall 100% (6/6),
precision 100% (6/6): all six found; nothing missed, nothing wrong; one proposal of an indicator outside the
catalogue left out; the cites test passed; no label changed.
Two more (`blind332`, reviewing 2021 in Gansu and Inner Mongolia) were found in the stored pages, both work reports of
prefecture-level cities given at the first session of a new congress: jiayuguan-2021-gwr, China Economic Net's copy
(district.ce.cn, from 嘉峪关日报) of the report the acting mayor 刘凯 gave on 14 December 2021, reviewing the five years of the
outgoing government, cut at the last whole clause before the stored copy breaks off (1 label, expected: 预计达到306亿元 as the
GDP of 2021; its 首次突破300亿元, a threshold passed, the five-year average growth and the five-year increment of high-tech
firms are not labelled), and bayannaoer-2022-gwr, the city government's copy of the report the acting mayor 王志平 gave on
12 February 2022, reviewing the term to 2021 (1 label, expected: 粮食产量…达到56.2亿斤, its unit 亿斤 kept in the value). The set
was asked for the prefecture-level cities and autonomous prefectures of Gansu, Ningxia, Qinghai, Xinjiang and Inner Mongolia
of 2005 to 2026; the look-ups of the search budget (44 answered before it ran out, three more refused: 银川 2018, 兰州 2016, 通辽) named the cities and
prefectures 金昌, 西宁 (three times), 克拉玛依, 哈密, 昌吉 (twice), 陇南 (twice), 兴安盟, 巴彦淖尔, 海东, 阿克苏, 伊犁, 临夏,
呼伦贝尔, 银川, 天水, 吴忠 (twice), 张掖, 乌鲁木齐, 鄂尔多斯, 乌海, 海西, 海北, 嘉峪关, 巴音郭楞, 定西, 石嘴山, 通辽, 庆阳 and
the plan reports of 酒泉 and 包头, the reposting sites' titles ((甘肃)/(新疆)/(内蒙古)…人民政府工作报告(全文), 导航菜单,
公文搜), the Xinjiang prefectures' 行署 reports and the leagues' reports by their words (在地委的坚强领导下, 在盟委的坚强领导下);
they reached mostly reports the corpus holds (海东 2020, 包头 2013, 鄂尔多斯 2020, 乌海 2023, 石嘴山 2022, 中卫 2023, 白银 2020,
银川 2025, 果洛 2018, 海西 2020, 塔城 2025, 吐鲁番 2025, 酒泉 2024, 定西 2026, 平凉 2021, and the county-level 甘州 2026 and
玉门 2023), copies in traditional characters (西宁 2018 and 2020, 天水 2006, 2016 and 2020, 克拉玛依 2020, 鄂尔多斯's plan of
2023, 酒泉 2022), openings with no year's figure of the catalogue (西宁 2016 with five-year averages alone, 呼伦贝尔 2022,
乌鲁木齐 2021 with the GDP as a threshold passed and 2023, 海南州 2023, 赤峰 2017, the five-year targets of 金昌 and 酒泉 of
December 2021, 巴彦淖尔's highlights of 2026), a copy whose years a model-texts site masked (乌海, 20*), mid-year accounts
(包头 2025, 张掖 2023 and 2024), statistical bulletins, yearbooks and feature articles, so that the set holds two reports;
they were labelled by hand before extraction ran on them (2 labels), and scored once on the branch as it stood (deef4fe):
recall 100% (2/2), precision 100% (2/2): both found; nothing missed, nothing wrong; four proposals of indicators outside
the catalogue left out; the cites test passed; no label changed.
Five more (`blind333`, reviewing 2014 to 2023 in Jiangsu, Zhejiang and Fujian) were found in the stored pages, all of
prefecture-level cities: changzhou-2023-gwr, the work report of 常州 given by the mayor 盛蕾 on 7 January 2023, as the city's
site gives it, cut at its last whole sentence (4 labels, expected: 地区生产总值9500亿元左右 with its growth 4%左右, and the local
revenue 631.8亿元 with its growth 扣除留抵退税因素后增长1.6%); taizhouzj-2015-gwr, the work report of 台州 (Zhejiang) given by the
mayor 张兵 on 3 February 2015, as a model-essay site reposts it, a copy that drops every per-cent sign (增长7.5) (8 labels,
expected: the GDP, the local revenue named 地方一般预算收入 and the urban and rural disposable incomes, each in amount and
growth; 单位生产总值能耗下降 carries no value and is not labelled); sanming-2023-plan, the plan report of 三明 (Fujian) on 2022
given in writing on 4 January 2023, as the city's site gives it from 三明日报 (12 labels, expected: the GDP's level and growth and
the growths of 规上工业增加值, 服务业增加值 as the tertiary sector, the local revenue on its comparable basis, investment, retail
sales, exports (出口增长17.3%), 实际利用外资, the consumer prices (居民消费价格上涨2%) and the urban and rural incomes);
jiaxing-2024-gwr, the work report of 嘉兴 given by the mayor 李军 on 30 January 2024, as China Economic Net reposts it from
嘉兴日报 (6 labels, expected: the GDP's level and growth, 财政总收入 as the total and 一般公共预算收入 as the local revenue,
investment's and 规上工业增加值's growths); and jiaxing-2022-gwr, the review of five years of the work report 李军 gave as acting
mayor on 25 April 2022, as a site of 嘉兴学院 gives it without title (5 labels, final, the report being given in April: the
levels of 2021 that end the five years' spans (从3979亿元跃升到6355亿元; 财政总收入…1122.8亿元; 一般公共预算收入…674.8亿元;
城乡居民人均可支配收入从4.89万元、2.90万元分别提高到6.98万元、4.36万元: the urban 6.98万元 and the rural 4.36万元), the levels
the spans start from and the five years' averages not labelled); all cut at their last whole sentence. The set was asked
for the prefecture-level cities of Jiangsu, Zhejiang and Fujian reviewing 2005 to 2025, those the corpus holds least first;
the twenty-three look-ups of the search budget named 淮安 (twice), 衢州 (four times, once for its plan report), 龙岩 (three
times, once for its plan report), 宿迁, 常州, 南通, 无锡, 镇江, 泰州, 盐城, 舟山, 南平, 宁德, 丽水, 台州, 三明 and 嘉兴 by their
mayors' reports and figure words; they reached mostly reports the corpus holds (常州 2021, 南通 2011, 无锡 2014, 镇江 2019,
泰州 2021, 舟山 2020, 南平 2020, 宁德 2013, 湖州 2017, 台州 2010 and 2017,
丽水 2025, 嘉兴 2025, 盐城 2022, 金华 2025, 三明's work reports reviewing 2020 and 2021, whose years its plan reports hold),
copies in traditional characters (龙岩 2022, 常州 2024, 无锡 2012 and 2019, 镇江 2017, 2020 and 2022, 南通 2025 and 2026, 盐城
2010 and 2025, 淮安's resolution of 2025, 嘉兴 2025 on a second site), openings that stop before any figure (无锡 2023, 衢州
2024, 宿迁 2020 and 2023, 舟山 2021 past its five years' averages), a yearbook's page set in columns (无锡 2023), a news summary of a plan's aims
(泰州 2022), reports of counties, county-level cities and districts the brief left out (洪泽区, 金坛区, 如皋, 海门, 临海, 温岭,
福安, 福鼎, 泰兴, 淮阴区, 盐都区), statistical bulletins and encyclopaedia pages, so that the set holds five reports; they were
labelled by hand before extraction ran on them (35 labels), and scored once on the branch as it stood (8303733): recall
100% (35/35), precision 97.2% (35/36): all thirty-five found; one wrong, taizhouzj-2015-gwr's 单位生产总值能耗下降 (a name in a
list of results met, with no value) proposed as a worded result of the energy intensity (下降), which the labels leave out as
the corpus leaves 万元GDP能耗下降明显 out; four proposals of indicators outside the catalogue left out; the cites test passed;
no label changed.
Three more (`blind334`, work reports of the prefecture-level cities 洛阳, 焦作 and 漯河 of Henan, reviewing 2006, 2020
and 2022) were found in the stored pages: luoyang-2007-gwr, one part of the 洛阳日报's digest (21 March 2007) of the report
the acting mayor 郭洪昌 delivered to the fourth session of the 12th municipal congress, its tasks for 2007 (加快建设经济强市和
文化强市) cut at its last whole sentence (1 label, the 2007 target 粮食总产稳定在200万吨左右; the industrial projects' 计划完成投资
220亿元 is no catalogue figure); jiaozuo-2021-gwr, the report the mayor 徐衣显 delivered on 23 February 2021, as a reposting
site gives it from its date line, cut at its last whole sentence (1 label, expected: 一般公共预算收入增长1.3% as the local
revenue; the incomes' ranks carry no values); and luohe-2023-gwr, the report the 7th municipal government gave early in 2023,
as a document site gives it with no date line, cut at its last whole sentence (1 label, final: 2021年生产总值增长9.1%; the
revenue's 突破130亿元 is a milestone). The set was asked for the provinces, counties, county-level cities and districts of
any province, the prefecture-level cities of Hebei and Henan in place of counties, of 2005 to 2026; thirty-two look-ups were
answered before the session's search budget ran out (two more, for 洛阳's reports of 2006 and 2007 on 维基文库, were refused),
naming 承德 (three times, once by its report site's listing), 鹤壁 (twice), 安阳 (four times), 衡水 (twice, once by 衡水湖), 唐山 (twice,
once by 曹妃甸), 三门峡 (twice), 驻马店 (twice, once for its plan), 焦作, 漯河, 邯郸, 商丘, 信阳 (twice, once for its plan), 秦皇岛,
南阳, 平顶山, 保定, 许昌, 沧州 and 洛阳 (three times, by 牡丹 and 维基文库); they reached mostly reports the corpus holds
(张家口 2019, 周口 2015, 邢台 2024, 沧州 2018, 2022, 2023 and 2025, 邯郸 2025, 漯河 2024, 许昌 2023, 保定 2022 and 2023,
平顶山 2026, 南阳 2022, 洛阳 2005 and 2010), copies in traditional characters (信阳 2020, 周口 2014, 洛阳 2009 and 2018,
廊坊 2019, 衡水 2018, 驻马店 2021, 焦作 2023, 许昌 2025, 三门峡 2025), openings that stop before any figure (衡水 2019, 唐山
2023, 鹤壁 2024, 保定 2019, 平顶山 2020, 信阳 2017 and 2022, 洛阳 2021's digest, 邯郸 2022's reading), 三门峡's plan of 2023
(eleven months' results), the second page only of 鹤壁 2019, copies without an address (开封 2023, 焦作 2013), a party
plenum's targets (信阳 2021), an English rendering (唐山 2010), counties, county-level cities and districts the brief left
out (新郑, 霸州, 沙河, 孟州, 围场, 梁园区, 丛台区) and statistical bulletins, so that the set holds three reports; they were
labelled by hand before extraction ran on them (3 labels), and scored once on the branch as it stood (2482304): recall
33.3% (1/3), precision 25% (1/4): 焦作's revenue growth found; missed 洛阳's grain target, read as 2006's expected result
(粮食总产稳定在200万吨左右 in the year's tasks, under 今年市级财政安排…), and 漯河's growth of 2021, read as 2022's expected
(the copy writes 2021年生产总值增长9.1%); wrong those two and 洛阳's 计划完成投资220亿元, the industrial projects' planned
investment, read as a 2007 target of 固定资产投资; twelve proposals of indicators outside the catalogue left out; the
cites test passed; no label changed.
Five more (`blind335`, reviewing 2006 to 2022 in Hubei and Hunan) were found in the stored pages, all government work reports
of prefecture-level cities: three of 黄石 (Hubei) from the series huangshi-2010-gwr, huangshi-2011-gwr and huangshi-2013-gwr
come from: huangshi-2007-gwr, the report reviewing 2006 as the city government's site gives it (23 labels, expected: the
year's figures in one run; 外贸进出口总额首次突破10亿美元, a threshold passed, not labelled, its exports are; 财政收入 as the
total budget revenue; 新增就业人数 as 城镇新增就业), huangshi-2008-gwr, the report reviewing 2007 and the term since 2003 as the
development zone's site reposts it (4 labels, the year's levels; every growth there is an average since 2003 and is not
labelled; the stored copy breaks off inside the sentence holding the retail sales, left out), and huangshi-2012-gwr, the
report reviewing 2011 and the term, from the gerrg.com mirror of the zone's pages (4 labels, the year's levels, the growths
all four-year averages); xiaogan-2020-gwr, 孝感's report of 5 January 2020 reviewing 2019 on a reposting site (6 labels,
expected growths; GDP总量突破2000亿元 a milestone, not labelled; 外贸进出口增长6%以上 as 进出口总额); and xiangtan-2022-gwr,
湘潭's report to the second session of the 16th city congress reviewing 2022 on a reposting site (5 labels, expected growths
with their qualifiers; no date line, named for 2022 as the congress sits in late December, xiangtan-2024-gwr's session
having opened on 23 December 2024). The set was asked for the prefecture-level cities of Jiangxi, Hubei and Hunan of varied
years; nineteen look-ups of the search budget named the cities one by one (黄石 twice more for the years the corpus lacks,
鹰潭 twice, 上饶, 娄底, 随州, 湘西, 景德镇, 新余, 孝感, 张家界, 萍乡, 荆门, 湘潭, 常德, 抚州, 吉安); they reached mostly reports
the corpus holds (黄石 2009 and 2010, 邵阳 2014, 随州 2025, 景德镇 2021, 新余's work and plan reports of 2023, 张家界 2019,
荆门 2023, 荆州 2019 and its plan of 2022, 鄂州 2007, 抚州 2023, 吉安 2015), copies in traditional characters (九江 2013,
上饶 2023, 张家界 2019, 赣州 2017, 章贡区 2018, 鹰潭's plan of 2021, 常德's session of December 2021), a district's digest (娄星区 2025), news
reports stopping before any figure (常德's of January 2021, 荆门's of January 2026, 萍乡's of October 2021 with five-year multiples only), a garbled copy of 湘潭 2015,
an interview, statistical bulletins, yearbooks and provincial reports, so that the set holds five reports; they were labelled
by hand before extraction ran on them (42 labels), and scored once on the branch as it stood (4e506c1): recall
100% (42/42), precision 100% (42/42): all forty-two found; nothing missed, nothing wrong; fifteen proposals of indicators
outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind337`, reviewing 2010, 2016 and 2023 in Shandong, Anhui and Shanxi) were found in the stored pages, all of
prefecture-level cities: zibo-2017-plan, 淄博's plan for 2017 with its account of 2016, as the city's investment site posted it on
21 March 2017 (17 labels, expected: the GDP, the local revenue, investment, retail sales and foreign trade in amount and growth,
the industrial value added's growth, the urban and rural incomes on each side, and 城镇登记失业率、人口自然增长率…按计划完成年初预期目标
as a worded result of each name; 实际到位外来投资 is no foreign capital and is not labelled); zibo-2017-gwr, the work report the
mayor 周连华 delivered on 22 February 2017 to the same congress, as the city congress's site reposted it from 淄博日报 (4 labels,
expected: the four levels of 2016, their multiples of 2011 not labelled); linfen-2011-gwr, the work report the mayor 罗清宇
delivered on 28 August 2011 to the first session of 临汾's third congress, reviewing the 十一五 years, as a document site with no
address in the store gives it (6 labels, final: the levels of 2010, 财政总收入 as the total revenue and 农民人均纯收入 as the rural
net income; the growths over 2005 are five years' cumulative growths and are not labelled); and anqing-2024-gwr, a news digest
mirrored from WeChat of the work report the mayor 张君毅 delivered on 3 February 2024 to 安庆's congress (4 labels, expected: the
GDP's and the local revenue's growths, 进出口总额 in 亿美元 and its growth). The set was asked for the prefecture-level cities of
Shandong, Anhui and Shanxi, of any year from 2005 to 2026; the look-ups of the search budget (it ran out after thirty-six) named
the Shandong cities 淄博, 东营 (three times), 烟台 (twice), 潍坊 (twice), 泰安 (twice), 莱芜, 威海, 枣庄, 聊城 and 日照, the Anhui
cities 铜陵, 滁州, 宿州, 淮南, 黄山 and 安庆, the Shanxi cities 阳泉, 晋中, 朔州, 忻州 (twice), 临汾 (twice), 吕梁 (twice), 晋城,
太原 and 运城, and city plan reports of the three provinces; they reached (by the year reviewed) reports the corpus holds (淮南 2022 at the same address,
安庆 2024, 马鞍山 2018, 威海 2016, 晋城 2019, 济宁 2005), copies in traditional characters (淄博 2012, 铜陵 2014, 马鞍山 2015 and
2021, 阳泉 2022, 晋中 2022 and 2024, 朔州 2023, 宿州 2022, 淮北 2023, 晋城 2007, the plans of 安徽 2019 and 2025), openings that
stop before any figure (滁州 2020, 烟台 2022, 枣庄 2025, 淮南 2025, 晋城 2022, 日照 2018's fourth page), a copy whose words a
site replaced by synonyms (铜陵 2023), generated summaries (烟台 2025, 威海 2024), a copy whose figures page markers split
(济南 2011), a garbled copy with five-year averages alone (太原 2020), a copy with five-year multiples alone (宣城 2010),
大同 2024 with no catalogue figure in its opening, news of the sessions, half-year plan reports, five-year outlines, statistical
bulletins, yearbooks and blue books, so that the set holds four reports; they were labelled by hand before extraction ran on
them (31 labels), and scored once on the branch as it stood (b751cf3): recall 90.3% (28/31), precision 84.8% (28/33):
missed, zibo-2017-plan's worded result 按计划完成年初预期目标 for 城镇登记失业率 and for 人口自然增长率, and linfen-2011-gwr's
规模以上工业增加值2完成465.1亿元 (the copy's stray 2 between name and verb); wrong, linfen-2011-gwr's five growths over 2005 (与
“十五”末相比…增长62%, 93.1%, 132.2%, 76.1%, 58.9%) read as growths of 2010, where the labels leave them out as five years'
cumulative growths; four proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind338`, reviewing 2006 and 2015 in Sichuan) were found in the stored pages, both work reports of
prefecture-level cities: bazhong-2007-gwr, the report 巴中's government gave on 20 January 2007 to the first session of the
second city congress, reviewing its six years as a city and 2006, as the city's site reposted it from 巴中日报, cut at its last
whole sentence (8 labels, expected: the GDP, the local revenue (地方财政一般预算收入…同口径比上年增长17.2%) and investment in
level and growth, 粮食总产量稳定在155.55万吨 as the grain output and 农民人均纯收入2239元 as the rural net income; its 增长68.2%,
beside 农业总产值…增长34.4% and 肉类总产量…增长69.6%, read as a growth over the six years since 2000 and not labelled, as the
growths over 2000 are not); and suining-2016-gwr, a 四川在线 news report, reposted by an aggregator, of the report the mayor
赵世勇 gave on 25 February 2016 to 遂宁's congress, reviewing the 十二五 years, kept whole (3 labels, expected: the 2015 levels
that end the five years' spans, 地方一般公共预算收入…增加到49.3亿元 and 城乡居民人均可支配收入分别达到25012元、11379元; 万元GDP能耗
下降24% and the urbanisation's 提高7.7个百分点, five years' changes, not labelled). The set was asked for the prefecture-level
cities and autonomous prefectures of Sichuan reviewing 2005 to 2016, older years and those the corpus holds least first; the
forty look-ups of the search budget named 德阳 (five times, once by its congress, once by its mayor 陈新有), 达州 (four times,
once by 包惠), 宜宾 (three times, once for its plan), 雅安 (twice, once for its plan), 攀枝花 (twice, once by 刘晓华), 泸州,
内江, 自贡, 乐山, 凉山, 遂宁 (once for its plan) and 巴中 (twice each), 阿坝, 眉山, 南充, 广安, 绵阳, 广元, 资阳 and 甘孜, the plan
reports of 成都 and of Sichuan's cities; they reached mostly reports the corpus holds (资阳 2014, 眉山 2013, 成都 2005, 2006 and
2013, 绵阳 2016, 乐山 2017, 巴中 2018), reports reviewing years after 2016 (阿坝 2020, 德阳 2020 and 2022, 宜宾 2021 and 2024,
泸州 2020 and 2022, 内江 2018 and 2021, 南充 2021 and 2022, 自贡 2018, 遂宁 2020 and 2021, 凉山 2019, 巴中 2021, 乐山 2025),
copies in traditional characters (宜宾 2016, 雅安 2018, 攀枝花 2020), a copy with its years masked (眉山 2015), a copy that drops
its growths (乐山 2017), 广元 2015 with no address, a copy whose title a spam site replaced (雅安 2010), a delegate's account of
广元 2009 at the provincial congress, news of 遂宁's session of 2014 with no figure, districts and counties (达川区, 通川区,
前锋区, 大安区, 自流井区, 涪城区, 宣汉县), Sichuan's provincial reports, statistical bulletins and yearbooks, so that the set holds
two reports; they were labelled by hand before extraction ran on them (11 labels), and scored once on the branch as it stood
(a504ff9): recall 100% (11/11), precision 84.6% (11/13): all eleven found; wrong, bazhong-2007-gwr's 农民人均纯收入2239元，增长
68.2% read as 2006's growth of the rural net income, where the labels read it as six years' growth, and suining-2016-gwr's
万元GDP能耗下降24% read as 2015's fall of the energy intensity, where the labels leave it out as five years' fall; thirteen
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind340`, reviewing 2014 in Hebei) was found in the stored pages: cangzhou-2015-gwr, the work
report of the prefecture-level city 沧州 reviewing 2014, given to the third session of the 13th city congress
early in 2015, as a model-essay site reposts it under the wrong title 2018年沧州市政府工作报告(全文), with no date line or
speaker, cut at its last whole sentence (12 labels, expected, 沧州's congress sitting in January or February:
the GDP, investment, 公共财政预算收入 as the local revenue, 规模以上工业增加值, 城镇居民人均可支配收入 and 农民人均纯收入 as 农村居民人均纯收入, each in
level and growth, the two incomes' shared 分别增长9.5%和11.5% given to each side; the port's throughput and the
logistics firms' trade are no catalogue figures). The set was asked for the prefecture-level cities of Hebei
and Shanxi reviewing 2005 to 2016, those the corpus holds least first; the forty look-ups of the search budget
named 唐山 (five times, once by its mayor 陈国鹰), 承德 (four times, once by 避暑山庄), 阳泉, 朔州, 忻州, 吕梁, 晋中, 邢台, 秦皇岛, 大同
(once by its mayor 耿彦波) and 晋城 (once by its mayor 王清宪) twice each, 衡水, 邯郸, 长治, 运城, 张家口, 廊坊, 沧州 and 临汾 once
each, the plan reports of 石家庄 and 太原, and three general queries (a reposting site's full texts, the Hebei
cities' plans of 2008, the Shanxi cities' plans of 2015); they reached (by the year reviewed) mostly reports
the corpus holds (保定 2013, 张家口 2018 and 2023, 沧州 2017, 2021, 2022 and 2024, 长治 2021, 大同 2019, 邢台 2023, 廊坊
2023, 晋城 2019, 运城 2018, 邯郸 2024) or of years after 2016 (唐山 2022, 阳泉 2022, 朔州 2023, 晋中 2022 and 2024, 廊坊 2018
and 2020, 晋城 2022, 长治 2020, 大同 2024), copies in traditional characters (大同 2009 and 晋城 2007 on an
encyclopaedia site, 吕梁's tasks of 2012, 晋中's with its years masked, a Shanxi city's of about 2006 with its
years masked), an English rendering (唐山 2009), news of the sessions stopping before any figure (承德's
consultation of 2017, 衡水's sessions of 2018 and 2019) or holding five-year averages alone (张家口 2015), a
five-year outline (邢台's 十一五), statistical bulletins (太原 2006, 吕梁 2007, 晋中, 大同 and 保定 2013), a yearbook (唐山
2010), a blue book (运城 2012), counties, county-level cities and districts the brief left out (围场, 昔阳, 沙河, 定州,
汾阳, 离石区, 平鲁区, 广阳区) and provincial reports, so that the set holds one report; it was labelled by hand before
extraction ran on it (12 labels), and scored once on the branch as it stood (04d7814): recall 100% (12/12),
precision 100% (12/12): all twelve found; nothing missed, nothing wrong; two proposals of indicators outside
the catalogue left out; the cites test passed; no label changed.
Two more (`blind341`, work reports of the prefecture-level cities 宜春 and 赣州 of Jiangxi, reviewing 2010 and 2016) were
found in the stored pages: yichun-2011-gwr, the report the acting mayor 蒋斌 delivered on 27 September 2011 to the first
session of 宜春's third congress, reviewing the five years to 2010, as a mirror of the city government's disclosure pages gives
it, cut at its last whole sentence (1 label, final, the report being given in September: 财政总收入跨越百亿，达107.9亿元 as the
total revenue; 全市生产总值突破800亿元 is a milestone, the five years' multiples (五年增长1.3倍, 2.5倍) and 累计完成固定资产投资
接近2000亿元 are cumulative, and none is labelled); and ganzhou-2017-gwr, 赣州's report reviewing 2016, as 中国发展门户网 posted
it on 6 March 2017 without date line (delivered given as the year), the words 侯卫东官场笔记 a reposting site ran into its
heading kept as given, cut at its last whole sentence (4 labels, expected: the growths of the GDP, investment, 服务业增加值 as
the tertiary sector and the rural disposable income; 工业固投增长38.4% is a part of investment, and the ranks carry no values).
The set was asked for the prefecture-level cities of Jiangxi and Fujian reviewing 2005 to 2016, those the corpus holds least
first; the forty look-ups of the search budget named 鹰潭 (five times, once for its plan, once by its mayor 钟志生, once by
鹰潭日报), 上饶 (four times, once for its plan, once by its mayor 陈兴超), 龙岩 (five times, once for its plan, once by its
mayor 黄琪玉, once by 闽西日报), 景德镇, 萍乡, 抚州, 南平, 莆田 and 三明 (twice each), 宜春, 新余, 宁德, 九江, 赣州, 漳州, 吉安,
泉州 and 厦门 (once each, 厦门 once more for its plan), the plans of 福州 and 南昌, and the cities of each province at large;
they reached mostly reports the corpus holds (莆田 2016, 宁德 2012 and its plan reviewing 2005, 吉安 2015 and 2016, 泉州 2011,
福州 2013's digest, 南平 2019, 漳州 2019, 新余 2023), copies in traditional characters (鹰潭 2009, 九江 2013, 漳州 2007 and its
targets of 2010, 泉州 2008 and 2013, 龙岩 2021, 上饶 2023, 赣州 2017, 章贡区 2018, 鹰潭's plan of 2021, 福州's plan reviewing 2013
with its decimal points lost), years outside the range asked (三明 2020, 莆田 2018, 九江 2020, 萍乡's five years to 2020 with
multiples alone, 漳州 2024), 厦门 2015's news stopping before any figure, 厦门's economic work conference of 2006, a district's
plan (鲤城区), statistical bulletins, provincial reports and pages of rankings, so that the set holds two reports; they were
labelled by hand before extraction ran on them (5 labels), and scored once on the branch as it stood (bac33f8): recall
100% (5/5), precision 100% (5/5): all five found; nothing missed, nothing wrong; four proposals of indicators outside the
catalogue left out; the cites test passed; no label changed.
Five more (`blind342`, reviewing 2008 to 2013 in Guangdong) were found in the stored pages, all of prefecture-level cities:
guangzhou-2010-gwr, the work report the mayor 张广宁 delivered to 广州's congress on 12 April 2010, as the city's site gives it from
广州日报 (14 labels, final, the report being given in April: the GDP, 源于广州地区的财政一般预算收入 as the total revenue and 地方财政一般预算收入 as the
local revenue, investment, retail sales, and 进出口总值 and 出口总值 in 亿美元 with their falls, 下降6.4 and 下降13); guangzhou-2014-gwr, the
work report the mayor 陈建华 delivered on 18 February 2014, as a document site reposts it (13 labels, expected: the GDP, the local
revenue with both its growths (增长10.8%（按可比口径增长14.9%）), 万元生产总值能耗下降5%左右, the urban income, the rural net income, the CPI
(城市居民消费价格指数涨幅为2.6%) and investment); meizhou-2014-gwr, the work report the mayor 谭君铁 delivered to 梅州's congress on 19 February
2014, as a site of officials' documents reposts it with a stray tag and a masked character kept as given (12 labels, expected:
the GDP, the local revenue and investment shared out by 分别, 规模以上工业增加值 with the shared 均增长14%, retail sales and 进出口总额 in 亿美元);
zhuhai-2011-gwr, the draft for comment (征求意见稿) of 珠海's work report of the mayor 钟世坚 on 2010, as the city's site gives it, cut at
its last whole clause (6 labels, expected: the GDP, 来源于全市的财税总收入（不含土地出让收入） as the total revenue and 地方财政一般预算收入 as the local
revenue); and dongguan-2009-plan, 东莞's chapter in the Guangdong development and reform commission's collection of the cities'
accounts of 2008 (gmshfzbg2009, as zhuhai-2009-plan) (21 labels, expected: the GDP, retail sales, investment, 进出口总额 in 亿美元, 出口总额
in 亿元 as written, 实际利用外资, 来源于东莞的财政收入 as the total and 地方一般预算收入 as the local revenue, each with its growth, the urban income and
the rural net income with the growths the copy runs together (分别比上年增长12.0%6.2%), and the CPI). The set was asked for the
prefecture-level cities of Guangxi and Guangdong reviewing 2005 to 2016, those the corpus holds least first; the thirty-five
look-ups of the search budget (forty allowed) named the Guangxi cities 柳州, 北海, 钦州 and 玉林 (twice each), 百色, 河池, 防城港, 崇左, 南宁 (its
plan report), 桂林, 贵港, 贺州, 来宾 and the region's cities at large, and the Guangdong cities 揭阳 (three times, once in the
commission's collection), 云浮 (twice, once in the collection), 茂名, 肇庆, 梅州, 河源, 清远, 汕尾, 韶关, 湛江, 阳江, 东莞, 潮州 and the collection of
2011; they reached no usable report of a Guangxi city (梧州 2011 and 来宾 2023, which the corpus holds, 贵港 2017 and 2020, 桂林 2015,
北海 2021 and 梧州 2023 in traditional characters, 钦州's editorial on its congress of 2011 with no figure, features on 柳州 and 北海,
南宁's yearbook and the region's own reports), and in Guangdong reports the corpus holds (茂名 2011, 惠州 2011, 汕头 2015, 潮州 2014, 湛江
2011, 阳江 2005, 梅州 2005, 中山's chapter of 2010, 广州 2010 at the same address), copies in traditional characters (惠州 2009, 江门 2010, 东莞
2013, 清远 2017, 茂名 2019, 肇庆 2019, 汕头 2022), an opening with milestones alone (湛江 2014: 固定资产投资突破1000亿元), 东莞's plan for 2012 with
no catalogue figure in its opening, reports of years after 2016, of counties and districts (梅县区, 榕城区, 陆丰, 阳西, 清城区), generated
summaries and statistical bulletins, so that the set holds five reports; they were labelled by hand before extraction ran on
them (66 labels), and scored once on the branch as it stood (05b441a): recall 97.0% (64/66), precision 100% (64/64): missed,
zhuhai-2011-gwr's total revenue in amount and growth (来源于全市的财税总收入（不含土地出让收入）达393.1亿元，增长28.7%: the name 财税总收入 and the bracket
between name and verb); nothing wrong; fourteen proposals of indicators outside the catalogue left out; the cites test passed;
no label changed.
One more (`blind344`, reviewing 2015 in Shaanxi) was found in the stored pages: shangluo-2016-gwr, a page-two sidebar of 商洛日报
dated 18 February 2016 (回眸“十二五”) giving the results of the prefecture-level city 商洛 for 2015 and for the five years to it,
taken as a digest of the city's work report reviewing 2015, which its wording and its date suggest though the copy names no
source; cut at its last whole sentence (10 labels, expected: the GDP's level and growth, 财政总收入 as the total and 地方财政收入 as
the local revenue with their comparable growths (同口径分别增长10%和12.8%), and 城乡居民收入达到26896元和7732元，分别增长8.77%和9.91%
as the urban and rural disposable incomes; the ranks, the five years' averages and the multiples of 2010 not labelled). The set
was asked for the prefecture-level cities, leagues and prefectures of Shaanxi, Gansu, Ningxia, Qinghai and Inner Mongolia
reviewing 2005 to 2016, those the corpus holds least first; thirty-nine look-ups of the search budget of forty named 天水 (twice),
张掖 (three times), 金昌 (twice), 西宁 (twice), 吴忠, 兴安盟 (twice), 陇南, 临夏, 甘南, 海北, 玉树, 榆林, 延安, 铜川, 鄂尔多斯, 固原,
银川, 乌海, 商洛 (three times), 海东, 黄南, 呼伦贝尔, 宝鸡 (twice), 渭南, 中卫, the leagues 锡林郭勒, 阿拉善 and 乌兰察布 together, and
the plan reports of 石嘴山, 赤峰 and the cities of Gansu and Shaanxi; they reached reports the corpus holds (延安 2016, 榆林 2013 and
包头 2012 at the same addresses, 汉中 2016, 西安 2014, 宝鸡 2018), copies in traditional characters (天水 2005 and its term to 2016,
包头 2013, 商洛's term to 2011, 商州区 2015), years outside the brief's (天水 2019, 宝鸡 2019 to 2024, 渭南 2017, 2020 and 2021, 海东
2019, 果洛 2017, 海西 2019, 中卫 2022, 乌海 2022, 海南州 2022, 鄂尔多斯 2019), openings that stop before any figure (咸阳's sessions of
2013 and 2014, 商洛 2014's third page), a copy with its years masked (乌海 2007), 西宁's review of the 十二五 years with averages and
milestones alone, 铜川's summary of the party and government's work in 2008, news of 阿拉善盟's party plenum of 2015, features,
five-year outlines, yearbooks, an English rendering of 兰州 2009, reports of counties and districts (静宁, 张家川, 秦州区, 甘州区, 延长,
杨陵区), provincial reports and statistical bulletins, so that the set holds one report; it was labelled by hand before extraction
ran on it (10 labels), and scored once on the branch as it stood (e75faa1): recall 100% (10/10), precision 100% (10/10): all ten
found; nothing missed, nothing wrong; three proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.
Three more (`blind346`, reviewing 2012, 2015 and 2024 in Hubei) were found in the stored pages, all work reports of districts of
Wuhan: hongshan-2013-gwr, the report the acting district head 陈新垓 gave to 洪山区's congress early in 2013 on 2012, as the
district's site published it on 1 February 2013 (delivered given as the year), cut at its last whole sentence (16 labels,
expected: the GDP (its 跨过600亿元大关 a milestone), 全口径财政收入 as the total and 区级地方财政收入 as the local revenue, as
hongshan-2011-gwr reads them, retail sales, investment, the urban income, the rural net income and 规模以上工业增加值, each in level
and growth; 工业投资 is a part of investment and is not labelled); hongshan-2024-gwr, the district's report of 30 December 2024 on
2024, as its site gives it (3 labels, expected: the GDP's and the local revenue's levels, and 新增高新技术企业150余家，总数突破1500家
as the count 突破1500, unit 家, the firms added not labelled); and qiaokou-2016-gwr, the report the district head 景新华 gave to
硚口区's congress with its 十三五 outline, reviewing the 十二五 years to 2015, as a county-facts site (知县网) reposts it, kept to the
last whole sentence of its opening (2 labels, expected: 全社会固定资产投资额达到392亿元 and 城镇居民人均可支配收入达到3.37万元;
地区生产总值突破550亿元 and 地方公共财政收入超过39亿元 are milestones, the five years' averages and the income's gain over the
十一五's end are not labelled). The set was asked for the counties, county-level cities and districts of Hubei, Hunan and Henan
reviewing 2005 to 2025; the thirty-five look-ups of the search budget (it ran out) named the county-level cities 汉川, 醴陵, 巩义,
麻城, 耒阳, 禹州, 应城, 资兴, 林州 and 偃师, the county 宁乡, the districts 金水区, 洪山区 (twice), 硚口区, 江岸区, 天元区, 涧西区,
青山区, 汉南区, 雨湖区, 中原区, 江夏区 and 黄陂区, the counties of each province at large (twice for Henan), two sites' collections
of county reports, the forum copies of each province's county reports, and the plan reports of Wuhan's districts and of Hunan's
counties; they reached mostly reports the corpus holds (株洲县 2010, 武昌区's plan for 2017, 沅陵 2018, 湘潭县 2022, 桂阳 2016,
黄梅 2016 and 商城 2006 at the same addresses, 新郑 2013 and 2023, 潜江 2011, 谷城 2020, 长沙县 2022, 洪山区 2010, 江岸区 2010,
硚口区 2024, 石峰区 2015, 西工区 2019, 洛龙区's plan reviewing 2019, 汉南区 2015 and 2020, 江夏区 2017), copies in traditional
characters (醴陵 2022, 嘉鱼 2017, 芷江 2016, 梁园区 2015, 江夏区 2025), openings that stop before any figure (江陵 2020, 洪山区
2020, and 江岸区 2012, whose one figure stands in the sentence the copy breaks), a generated summary with its figures masked (应城
2019), news of sessions and meetings (醴陵's of 2015, 耒阳 2021, 宁乡's resolution of 2013, 中原区 2024, 伊川's economic work
conference of 2006), an English rendering (嵩县 2009), a profile of 金水区, 武昌区's mid-term review of its 十三五 outline, a
statistical bulletin (江夏区 2009), and reports of prefecture-level cities and provinces the brief left out, so that the set holds
three reports; they were labelled by hand before extraction ran on them (21 labels), and scored once on the branch as it stood
(6762c73): recall 100% (21/21), precision 100% (21/21): all twenty-one found; nothing missed, nothing wrong; six proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind347`, reviewing 2007 in Shandong) was found in the stored pages: feicheng-2007-gwr, the work report the
mayor 单传海 delivered on 6 December 2007 to the first session of the 16th congress of the county-level city 肥城, reviewing
the five years of his government's term to 2007, as the Shandong local-records database (shandong-chorography.org, mirroring
山东省情网) gives it from a yearbook's documents, cut at its last whole sentence (3 labels, expected, the results of 2007 being
given in December and said 预计: 预计今年完成市内生产总值286亿元 as the GDP, 实现地方财政收入12.8亿元 as the local revenue and
社会消费品零售总额预计今年达到78.6亿元 as retail sales; the multiples of 2002 (2.75倍, 2.83倍) and the five years' averages are not
labelled, and the industrial firms' revenue and taxes and the loans added over five years are no catalogue figures). The set
was asked for plan reports and work reports of cities, counties and districts of Shandong, Jiangsu and Zhejiang reviewing 2005
to 2025; thirty-four look-ups of the search budget of thirty-five named the county-level cities 江阴, 乐清, 青州, 高密, 新泰, 永康,
胶州 and 邳州, the counties 射阳, 嘉善 and 桐庐, the districts 椒江区, 黄岩区 and 路桥区 together, 宿迁 (by its mayor 王昊) and 肥城
(by its mayor's report), the database's work reports, and nineteen general queries for the plan reports and work reports of
the three provinces' counties, districts and cities of years from 2006 to 2022; they reached (by the year reviewed) mostly
reports the corpus holds (五莲 2012, 洞头 2015's plan, 上城区 2019's plan, 武义 2009, 徐州 2019, 南通 2010, 张家港 2021's plan,
泗阳 2018, 沭阳 2018, 金华 2006 and 2024, 青岛 2013, 越城区 2013's plan, 淳安 2015 and 2017, 临海 2022), copies in traditional
characters (金乡, 东海 2011, 泰兴 2009, 汶上 2008, 胶州 2009, 金坛区 2023, 清河区 2007), openings that stop before any figure
(江阴 2022, 路桥区 2022, 宿迁 2019, whose other copy a .docx preview garbles), 青州 2023 with figures to November alone, 义乌 2002
(before the years asked), a template with its figures masked and English renderings (嘉兴, 绍兴县 2009), statistical bulletins,
yearbook entries, provincial reports and novels, so that the set holds one report; it was labelled by hand before extraction
ran on it (3 labels), and scored once on the branch as it stood (395d151): recall 66.7% (2/3), precision 100% (2/2): missed,
the retail sales (社会消费品零售总额预计今年达到78.6亿元: 预计今年 between name and verb); nothing wrong; seven proposals of
Nine more (`blind348`, reviewing 2017 to 2025 in the districts of Shanghai and Tianjin) were found in the stored pages, all
government work reports of districts: hongkou-2024-gwr, the report 吕鸣 delivered to 虹口's congress on 17 January 2024, as a
reports forum gives it (2 labels, expected: 一般公共预算收入197亿元，增长8.3% as the local revenue); hongkou-2025-gwr, 虹口's report of 8
January 2025 on a reports site (3 labels, expected: 地区生产总值增长8.2%, 年一般公共预算收入增长6% as the local revenue's growth, the copy's 年
kept, and 实到外资增长35.7% as the growth of 实际利用外资); hongkou-2026-gwr, a news report on the report the acting district head 蒋蕊 gave
on 20 January 2026 (2 labels: the 2026 targets of the GDP and of investment, 5%左右 each; the results it gives of 2025 are no
catalogue figures); xuhui-2022-gwr, 徐汇's report reviewing the five years to 2021, as the district's news site gives it without
title or date (2 labels, expected: 2021年完成区级财政收入220.54亿元 as the local revenue and 社会消费品零售总额1200亿元; the five years' averages and
规模以上工业总产值 not labelled); huangpu-2025-gwr, the report the acting district head 徐惠丽 delivered to 黄浦's congress on 8 January 2025,
as a reports mirror gives it (3 labels, expected: 区级一般公共预算收入299.40亿元…同比增长6.1% as the local revenue and 高新技术企业突破200家, a count
given as a threshold passed; the GDP of three quarters and the investment of eleven months, 1-11月, not labelled as the year's);
hebeiqu-2026-gwr, the report of the Tianjin district 河北区 reviewing 2025, on the district's site without title or date (2 labels,
expected: 一般公共预算收入达到23.69亿元，同比增长1.3% as the local revenue); jingan-2018-gwr, the report 陆晓栋 delivered to 静安's congress on 16
January 2018, as a model-texts site reposts it (5 labels, expected: 区级一般公共预算收入 as the local revenue and retail sales, each in
level and growth, and 全社会固定资产投资额310亿元; 税收总收入, 新增就业岗位48350个 and 登记失业人数, a count and not the rate, not labelled); jingan-2019-gwr,
静安报's digest of the report 陆晓栋 gave in January 2019 (5 labels, expected: the same five figures of 2018, the digest's highlights
repeating its prose and each figure labelled once); and jingan-2023-gwr, the report 王华 delivered on 5 January 2023, as a reports
forum gives it, cut before the unfinished clause of the retail sales (3 labels, expected: 区级一般公共预算收入279.42亿元，同比增长0.34% as the
local revenue, and its growth with the VAT credit refunds added back, 还原留抵退税因素后，实际同比增长4.38%, as a growth on the comparable
basis, as the corpus labels a revenue on both bases); all cut at their last whole sentence, half-width punctuation written back
full-width. The set was asked for the districts of Beijing, Tianjin, Shanghai and Chongqing reviewing 2005 to 2025, districts
and years the corpus lacks; twenty-eight look-ups of the search budget of thirty-five named the Beijing districts 房山, 顺义, 怀柔,
丰台, 门头沟 and 昌平, the Tianjin districts 西青, 津南, 北辰, 宝坻, 静海 and 河北区, the Shanghai districts 卢湾, 南汇, 虹口 (by its plan reports), 黄浦,
崇明 and 静安, the Chongqing districts 江津, 合川, 荣昌, 綦江, 大渡口, 沙坪坝, 长寿 and 铜梁, news of Chongqing's district congresses and the
Chongqing districts' reports reviewing 2012; they reached mostly reports of districts and years the corpus holds (大兴 and 东城
2025, 平谷 2017, 延庆 2023, 海淀 2022, 门头沟 2020, 昌平 2023, 丰台 2005, 密云 2002, 西城's plan of 2023, 滨海新区 2014, 武清 2020 and its plan of
2021, 河北区's plan of 2025, 河西 2024, 虹口 2018 at two addresses, 长宁 2024, 青浦 2021, 闵行 2012, 静安 2024, 崇明 2018, 永川 2022, 长寿's plan of
2025), copies in traditional characters (荣昌 2021 and 2024, 静海 2016, 宁河 2025, 璧山 2022, 长寿 2022, 静安's news of January 2022),
openings that stop before any figure (石景山 2025, 江津 2020, 怀柔 2023, 松江 2023, 长宁 2019, 南岸 2024, 丰台 2023's news, 铜梁 2018's news,
大渡口's plan of 2025, 顺义 2022's second page) or give five years' averages and milestones alone (滨海新区 2016, 崇明 2017, 昌平's report of
December 2021), 西城's report on the five years to 2016 on a model-essay site with no date, a news item on 宝坻's five-year outline
on a spam-ridden site, 梁平's half-year account of 2022, an English rendering of 平谷 2010, encyclopaedia pages and statistical
bulletins (荣昌 2021, 綦江 2023, 黄浦 2023 and 2024, 丰台 2001 and 2002, 大渡口 2011, 渝北 2012), so that the set holds nine reports, eight
of Shanghai and one of Tianjin; they were labelled by hand before extraction ran on them (27 labels), and scored once on the
branch as it stood (c0a7c95): recall 96.3% (26/27), precision 100% (26/26): missed, jingan-2023-gwr's revenue growth on the
comparable basis (还原留抵退税因素后，实际同比增长4.38%), which the labels count beside the natural 0.34%; nothing wrong; twenty-two proposals
of indicators outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind349`, reviewing 2019 to 2021 in Yunnan and Sichuan) were found in the stored pages, all of counties and
county-level cities: dalishi-2020-gwr, the work report the acting mayor 严启红 delivered on 28 May 2020 to the congress of the
county-level city 大理市, as a model-texts site gives it run on one line (8 labels, final, the report being given in May: the GDP,
一般公共预算收入 as the local revenue, and the urban and rural disposable incomes, each in level and growth); chuxiongshi-2022-gwr,
the work report the mayor 杨俐昆 delivered on 20 January 2022 to the congress of the county-level city 楚雄市, inside the notice
that printed it on the city's disclosure pages (6 labels, expected: the growths of the GDP, investment, the local revenue, retail
sales and the two incomes shared out by 分别); dujiangyan-2021-gwr, 都江堰市's report of early 2021 reviewing the 十三五 years, as a
documents site gives it without date line (delivered given as the year) (1 label, expected: “十三五”末GDP实现441.7亿元 as the GDP of
2020; its growth over 2015, the five years' sums of investment and of 财政总收入 with their average, and the incomes' growths over
the 十二五's end not labelled); and dazhu-2020-gwr, the work report the county head 李志超 delivered on 9 April 2020 to 大竹县's
congress, as a local portal reposts it (3 labels, final: the GDP in level and growth and 规模以上工业增加值's growth). The set was
asked for the counties and county-level cities of Sichuan, Guizhou and Yunnan reviewing 2005 to 2025; the thirty-two look-ups of
the search budget (thirty-five allowed) named the Guizhou places 仁怀, 盘州, 兴义, 凯里, 清镇, 湄潭, 赤水, 盘县, 瓮安, 修文, 织金, 福泉
and 黔西 and the Guizhou counties' plan reports, the Yunnan places 安宁, 宣威, 个旧, 楚雄, 腾冲, 建水, 景洪, 会泽 and 香格里拉 and the
Yunnan counties' plan reports, the Sichuan places 江油, 仁寿, 都江堰, 广汉, 三台, 峨眉山 and 大竹 and the Sichuan counties' plan reports
of 2019, once each; they reached mostly reports the corpus holds (弥勒 2023, 西昌 2023, 兴文 2019 and 2021, 荣县 2021, 石棉 2022, 三穗
2011, 玉屏 2023, 黎平 2023, 理县 2018, 牟定 2024, 香格里拉's session of 2024), copies in traditional characters (宣汉 2021, 雷山 2012,
涪城区 2019, a note on 仁寿 2022), openings that stop before any figure (长宁 2023, 峨眉山 2020, 屏山 2022, 马关 2010, 水城区 2023),
安岳 2022 with five years' averages and growths alone, 平武's half-year plan report of 2019, news of 三台's results of 2017, a
county's statistical bulletin, encyclopaedia entries, and reports of prefectures and provinces (六盘水, 黔西南, 遵义, 迪庆, 大理州,
西双版纳, 楚雄州, 宜宾, 泸州, 绵阳), so that the set holds four reports; they were labelled by hand before extraction ran on them (18
labels), and scored once on the branch as it stood (c840f3d): recall 94.4% (17/18), precision 89.5% (17/19): missed,
dujiangyan-2021-gwr's “十三五”末GDP实现441.7亿元; wrong, dujiangyan-2021-gwr's 共计完成财政总收入476亿元, five years' sum, read as a
target of the total revenue for 2021, and dazhu-2020-gwr's 新增利税1.4亿元、就业1867人, jobs of the new industrial projects, read
as 2019's 城镇新增就业; eleven proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind350`, reviewing 2013 and 2014 in Guangdong) were found in the stored pages, both work reports of districts of
汕头: longhu-2015-gwr, the report the district head 王小辉 delivered to 龙湖's congress on 1 March 2015, as the district's site
gives it, cut at the lead sentence of its second item (4 labels, expected: 全区实现GDP255亿元，增长9.3% and 公共财政预算收入12.3亿元，
增长15.1% as the local revenue; the growths of the nation, the province and the city it is compared with not labelled); and
haojiang-2014-gwr, the report the district head 邓夏思 delivered to 濠江's congress on 12 March 2014, as a report-collection site
reposts it, cut at its last whole sentence (8 labels, expected: the GDP without the 华能 power plant (全年（不包括华能电厂）完成地区生产
总值59.25亿元，增长10%), 规模以上工业增加值, 社会固定资产投资 as investment and 本级公共财政预算收入 as the local revenue, each in amount and
growth; 规模以上工业总产值 and the projects' sums are no catalogue figures). The set was asked for the counties, county-level cities
and districts of Guangdong, Fujian, Guangxi and Hainan reviewing 2005 to 2025; the thirty-five look-ups of the search budget
named the counties of Fujian, Guangxi and Hainan at large (with the 瑶族 and 黎族 autonomous counties, the Guangxi county-economy
site and the collections' titles), 连平, 长汀, 万宁, 惠来, 安溪, 桂平, 北流, 合浦, 澄海, 新罗, 从化, 湘桥, 晋安, 丰泽, 蕉城, 金平, 琼海,
潮南, 阳春, 凭祥, 潮阳 and 揭东, the plan reports of Guangdong's counties, 汕头's districts and the eastern counties by their date
and publisher lines, and Fujian's districts and counties of 2008 and 2014; they reached mostly reports the corpus holds (闽清
2019, 松溪 2019, 建宁 2023, 横州 2026, 苍梧 2024, 大埔 2020, 文昌 2020, 雷州 2016, 梅县区 2016, 漳浦 2018, 阳西 2023, 陆丰 2022,
汕尾城区's plan of 2020, 龙湖 2023, 昌江 2021, 临高 2023, 白沙's digest of 2006, 台江 2016, 福安 2022, 霞浦 2020, 琼海's plan of
2022), copies in traditional characters (惠东 2013, 遂溪 2016, 金秀 2024, 白沙 2025, 桂平's session of 2023), a copy with its years
masked (上杭, 20XX), openings with no figure of the catalogue (琼海 2023 and its plans of 2023 and 2024, 阳春 2024's second page),
statistical bulletins (长汀, 惠来, 浦北), news, interviews and features (武宣, 博白, 丰泽, 蕉城, 安溪), and reports of the provinces
and cities, so that the set holds two reports; they were labelled by hand before extraction ran on them (12 labels), and scored
once on the branch as it stood (e6012ec): recall 100% (12/12), precision 100% (12/12): all twelve found; nothing missed,
nothing wrong; five proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Eleven more (`blind351`, reviewing 2018 to 2023 in Hubei, Hunan and Jiangxi) were found in the stored pages, all work
reports of prefecture-level cities: huangshi-2019-gwr, the report the acting mayor 吴锦 delivered to 黄石's congress on 23
January 2019, as a reposting site gives it (8 labels, expected: the growths of the GDP, industry, investment, retail sales, the
local revenue and 外贸出口 as 出口总额, 新增城镇就业人口5.4万人 and 城镇登记失业率控制在3.2%以内); huangshi-2020-gwr, his report
reviewing 2019, as the city's site posted it in May 2020 from 黄石日报 with no date line, taken as given early in 2020 (7
labels, expected: the same growths and the unemployment rate's 3.3%以内; 净增高新技术企业76家 an increase, not labelled);
shaoyang-2022-gwr, the report the mayor 华学健 delivered to 邵阳's congress on 29 December 2022, as district.ce.cn reposts it (8
labels, expected: the GDP in level and growth, the growths of industry, 进出口总额, investment, the local revenue, retail sales
and 全体居民人均可支配收入); xianning-2023-gwr, the report the mayor 杨军 delivered to 咸宁's congress on 4 January 2023, cut before
its budget revenue (1 label: 固定资产投资预计增长16%以上); hengyang-2021-gwr, 红网时刻's news of the opening of 衡阳's congress on
30 December 2021, where the mayor 朱健 gave the report reviewing 2021 (2 labels: 全体居民人均可支配收入32502元，增长8.5%);
huanggang-2022-gwr, the report the mayor 李军杰 gave to 黄冈's congress in January 2022 on the five years to 2021, as 中国网湖北
posted it with no title (2 labels: 预计2021年实现地区生产总值2550亿元 and 城区空气质量优良天数占比86% as the state the five years
reached; the growths over 2016, five years' cumulative growths, not labelled); yiyang-2019-gwr, 益阳's report of 8 January
2019 run together on one line by a business-directory site (8 labels, expected: the GDP in level and growth, the growths of
investment, industry and retail sales, 一般公共预算收入125.8亿元，同口径增长8.5% as the local revenue and the residents' income
growth); yiyang-2021-gwr, the report the mayor 张值恒 delivered on 12 January 2021 on the 十三五 years (1 label: the GDP of 2020,
1856亿元; the five years' averages and the multiple of 2015 not labelled); ganzhou-2021-gwr, the report the acting mayor 许南吉
delivered to 赣州's congress on 19 February 2021, as a document site gives it with its page markers (10 labels, expected: the
growths of the GDP, of the urban and rural incomes (分别增长, then the site's marker 2、, then 6.3%、9.2%), of 财政总收入 as the
total and 一般公共预算收入 as the local revenue, retail sales, industry, 实际利用外资, investment and 出口 as 出口总额);
yueyang-2021-gwr, the report the mayor 李爱武 delivered to 岳阳's congress on 19 January 2021 on the 十三五 years (3 labels,
expected: the urban and rural incomes 36732元和18177元 and 预计2020年GDP达到4020亿元; 迈上4000亿台阶 a milestone, not labelled); and
xinyu-2024-gwr, the report the mayor 徐鸿 delivered to 新余's congress on 9 January 2024, as district.ce.cn reposts it (9 labels,
expected, all with 左右 or 以内 as written: the growths of the GDP, the local revenue, industry, retail sales, 出口总额, 实际利用外商直接投资 as
实际利用外资 and the urban and rural incomes, and 居民消费价格指数涨幅控制在1%以内). The set was asked for the prefecture-level
cities of Anhui, Jiangxi, Hubei and Hunan reviewing 2017 to 2025; the thirty-five look-ups of the search budget (all it
allowed) named the Hubei cities 黄石 (twice, once by its congress), 宜昌 (twice, once for its plan), 恩施州, 十堰, 孝感, 咸宁, 黄冈
and 随州, the Hunan cities 邵阳, 娄底 (twice), 湘西州, 衡阳, 常德, 郴州, 怀化, 益阳 and 岳阳, the Jiangxi cities 上饶, 鹰潭, 吉安, 九江,
萍乡, 景德镇, 抚州 and 新余, and the Anhui cities 铜陵, 滁州, 阜阳, 六安, 亳州, 宿州 and 淮北; they reached (by the year reviewed)
reports the corpus holds (荆州, 孝感, 衡阳, 株洲 and 宜春 2019 and 南昌's plan of 2019, 马鞍山 and 怀化 2018, 湘潭, 益阳 and 淮南 2022,
景德镇 and 六安 2021, 亳州, 抚州 and 十堰 2023, 淮北 2024, 随州 2025), copies in traditional characters (铜陵 2014, 宜昌 2020's
mirror, 衡阳 2020, 十堰's aims of 2021, 宿州 2022, 上饶, 怀化, 淮北 and 岳阳 2023, 常德 2024, 六安's news of 2020, 鹰潭's plan of
2021), openings that stop before any figure (宜昌 2020, 阜阳 2018, 宿州 2023, 宿州's plan reviewing 2019 at its table's head),
news of the sessions with no figure (常德 2020, 滁州 2019), years outside the range asked (邵阳 2014, 益阳 2016, 岳阳 2016, 阜阳,
九江 and 吉安 before 2016), statistical bulletins (邵阳 2020, 亳州 2020, 滁州 2019, 娄底 2022), a five-year outline (郴州), counties
and districts (新邵, 恩施市, 宜都, 枣阳, 丰城, 明光, 天长, 上饶县, 娄星区, 铜官区, 章贡区) and provincial reports; a document site's
preview of 岳阳's report reviewing 2021 was not taken up; so the set holds eleven reports; they were labelled by hand before
extraction ran on them (59 labels), and scored once on the branch as it stood (924935a): recall 89.8% (53/59), precision 89.8%
(53/59): missed, huangshi-2019-gwr's 新增城镇就业人口5.4万人 (人口 after the name), hengyang-2021-gwr's
全体居民人均可支配收入32502元，增长8.5% (read as of 2020, the news of December 2021 naming no year reviewed), huanggang-2022-gwr's
城区空气质量优良天数占比86%, and ganzhou-2021-gwr's urban and rural growths 6.3% and 9.2% (the page marker 2、 between 分别增长
and the figures); wrong, hengyang-2021-gwr's income level and growth as of 2020, huanggang-2022-gwr's growths over 2016
(社会消费品零售总额增长26.4%, 进出口总额增长86.9%, 地方一般公共预算收入增长18%) read as 2021's, and ganzhou-2021-gwr's page
marker 2 read as the rural income's growth; twenty-four proposals of indicators outside the catalogue left out; the cites test
passed; no label changed.

Three more (`blind352`, reviewing 2014, 2020 and 2025 in Fujian, Jiangsu and Shaanxi) were found in the stored pages, all
work reports of provinces: jiangsu-2021-gwr, 中新网's report, as district.ce.cn reposts it, of the work report the governor 吴政隆
delivered on 26 January 2021, reviewing 2020 and the 十三五 years, cut at its last whole sentence (2 labels, expected: the GDP's
level 10.27万亿元 and 高新技术企业总数超过3.2万家 as a count passed; per-capita GDP, shares and the cities' milestones not labelled);
shaanxi-2026-gwr, a newspaper's digest (paper.gjnews.cn, 28 January 2026) of the work report of January 2026, reviewing 2025 and
the 十四五 years (4 labels, expected: the GDP's and the disposable income's growths, 城镇新增就业44.1万人 and 粮食产量1347万吨; the
five years' averages, the cumulative energy fall and the milestones not labelled, nor 研发投入强度2.61%, a level among the five
years' achievements with no year, most likely of 2024); and fujian-2015-gwr, 东南早报's report, as qzcns.com posts it, of the
opening on 28 January 2015 of the congress where the governor 苏树林 reviewed 2014, whose first sentence of figures the stored
copy cuts (1 label, target: the headline's 今年全省GDP预增10% as the GDP growth target of 2015). The set was asked for provincial
work and plan reports reviewing 2005 to 2025, the province-years the corpus lacks; thirty-five look-ups of the shared search
budget (it did not run out) named 黑龙江 (four times), 宁夏 (three times), 青海, 云南 (four times), 贵州, 江苏, 河北 (twice), 吉林,
北京, 内蒙古, 广西 (twice), 江西, 辽宁, 陕西, 新疆, 天津, 山西, 河南, 安徽, 广东 (twice) and the provinces of 2014 together; they
reached (by the year reviewed) reports the corpus holds (云南 2018 and 2020, 青海's plan reviewing 2022, 吉林 2019 and
2025, 河北 2018 and 2022 to 2024, 北京
2018 and 2023, 江苏 2023, 贵州 2014, 黑龙江 2022, 内蒙古 2017, 2019 and 2023, 广西 2017, 2020 and 2025, 江西 2007, 辽宁 2010, 2014,
2022 and 2025, 新疆 2021, 2022 and 2024, 天津 2012 and 2023, 山西 2008 and 2023, 河南 2018 and 2021, 安徽 2008, 2011, 2016 and
2024, 广东 2023, 湖北 2014, 浙江 2014), copies in traditional characters (云南 2011, 青海 2020 and 2025, 贵州 2023, 河北 2009 and
2013, 吉林 2016 and 2021, 江西 2009, 2012 and 2019, 辽宁 2018 and 2019, 陕西 2017 and 2020, 新疆 2016, 河南 2016, 2017 and 2019,
甘肃 2014, 广东 2012, 2015 and 2024), openings that stop before any figure (黑龙江 2016, 贵州's plan of 2022 and report of 2024, 山西 2013,
陕西 2022, 天津 2008, 安徽 2015 and 2016), a copy in Korean (黑龙江 2019), copies with years masked (北京 2009), five-year outlines,
mid-year plan reports, statistical bulletins and city and county reports, so that the set holds three reports; they were
labelled by hand before extraction ran on them (7 labels), and scored once on the branch as it stood (fbf6162): recall 85.7%
(6/7), precision 85.7% (6/7): missed, fujian-2015-gwr's headline target 今年全省GDP预增10%; wrong, shaanxi-2026-gwr's
研发投入强度2.61% read as 2025's 研究与试验发展经费投入强度, where the labels leave it out as a level with no year among the
十四五 achievements; four proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Seven more (`blind354`, reviewing 2019 to 2025 in Henan and Shandong) were found in the stored pages, all work reports of
prefecture-level cities: weihai-2022-gwr, the report the mayor 闫剑波 delivered to 威海's congress on 23 February 2022, as a
template site reposts it with no title (11 labels, expected: the GDP in level and growth, industry, 一般公共预算收入266.9亿元 as
the local revenue, 外贸出口1494亿元 as 出口总额, 实际使用外资14.5亿美元 as 实际利用外资, retail sales, the urban and rural income
growths, the CPI's 0.8 and 城镇登记失业率2.27%; the imports not labelled); weihai-2020-gwr, the report the mayor 张海波 delivered
on 8 January 2020, as district.ce.cn reposts it (4 labels, expected: 全市生产总值预计增长4%左右, the local revenue's 249.8亿元 and
the incomes' 7%左右和8%左右); linyi-2025-gwr, 临沂日报's news of the city CPPCC's members discussing the work report on 11 January
2025 (3 labels, expected: 全市预计生产总值增长6%左右、达到6600亿元 and 固定资产投资增长5%左右); liaocheng-2026-gwr, a commentary
of 14 January 2026 on 聊城's report on the 十四五 years (1 label: 预计地区生产总值达到3300亿元左右, taken as the level of 2025 though
the sentence names no year; 较“十三五”末增长近千亿 not labelled); shangqiu-2020-gwr, the report the mayor 张建慧 delivered to 商丘's
congress on 12 May 2020 (8 labels, final: the GDP in level and growth, the growths of industry, investment, the local revenue
and retail sales, and 城乡居民人均可支配收入增长9.7% for each side); heze-2021-gwr, 菏泽日报's abstract of the report the acting
mayor 张伦 delivered on 27 January 2021 (15 labels, expected: the GDP and the local revenue in level and growth, the urban and
rural incomes in level and growth, industry, retail sales' 实现1.2%的增长, 出口 as 出口总额 and 实际使用外资 as 实际利用外资 in level
and growth, investment); and jining-2020-gwr, the report the mayor 石光亮 delivered to 济宁's congress on 9 January 2020, as a
writing-template site gives it (9 labels, expected: the GDP growth, the local revenue's 405亿元 and both its growths,
增长1.2%，扣除减税降费等因素增长11.3%, 规模以上工业增加值、固定资产投资增幅均高于全省平均水平 as a worded result for each name,
retail sales and the urban and rural income growths). The set was asked for the prefecture-level cities of Henan, Hebei and
Shandong reviewing 2017 to 2025; twenty-eight look-ups of the shared search budget (it did not run out) named 安阳 (twice), 鹤壁,
三门峡, 驻马店, 平顶山, 南阳, 商丘, 焦作 and the plans of Henan's cities, 唐山, 承德, 衡水, 邯郸, 秦皇岛 and 保定, and 潍坊, 烟台, 泰安,
东营, 济宁, 聊城, 临沂, 日照, 德州, 威海, 菏泽 and 滨州; they reached (by the year reviewed) reports the corpus holds (张家口 2018 in
two copies, 郑州, 周口 and 焦作 2020, 许昌 2022, 保定 2021 and 2022, 邢台, 秦皇岛 and 滨州 2023, 邯郸 and 菏泽 2024, 平顶山 2025,
威海 2016), copies in traditional characters (信阳 2019, 唐山's aims of 2020, 驻马店 2020, 衡水 2017, 德州's aims of 2019 and its
commentary of 2026, 菏泽 2019, 焦作 2022, 济南 2022, 枣庄 2022, 河南 2019), openings that stop before any figure (唐山 2022, 衡水
2018, 平顶山 2019, 日照 2018, 聊城 2021, 保定 2018), 三门峡's plan reviewing 2022, whose whole sentences give only the results of
January to November (its 预计全年地区生产总值增长4.2% is in the sentence where the copy breaks off), 商丘's report on the five
years to 2022, which gives only milestones and growths over 2017, machine-generated summaries (烟台 2025, 威海 2024), copies
with figures masked (济宁 2024, 漯河 2021), statistical bulletins (潍坊 2021, 烟台 2020, 鹤壁 2021), a five-year outline (东营),
news with no figure of the city (南阳, 临沂 2014 and 2015), and counties and districts (东昌府区, 青州, 新郑, 新密, 宛城区, 丛台区,
围场, 沙河, 解放区), so that the set holds seven reports; they were labelled by hand before extraction ran on them (51 labels), and
scored once on the branch as it stood (a7502a5): recall 100% (51/51), precision 100% (51/51): nothing missed and nothing
wrong; sixteen proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Nine more (`blind355`, reviewing 2019 to 2024 in Zhejiang, Jiangsu, Fujian and Guangdong) were found in the stored pages, all
work reports of prefecture-level cities: huzhou-2023-gwr, 湖州日报's abridgement (摘登) of 湖州's report reviewing 2022, as the
city's site posted it on 27 February 2023 (10 labels, expected: the GDP, 财政总收入 as the total and 一般公共预算收入 as the
local revenue, and the urban and rural incomes, each in level and growth, 同口径分别增长7.5%和1.4% shared out); huzhou-2020-gwr,
the report the acting mayor 王纲 delivered to 湖州's congress on 27 April 2020, reviewing 2019 (10 labels, final as given in
April: the same five in level and growth, 地方财政收入 as the local revenue; 突破3000亿元 a milestone, not labelled);
yancheng-2023-gwr, the city television's first reading of 盐城's report reviewing 2022, as a reposting site gives it (4 labels,
expected: the GDP's 增长4.5%左右, the growths 14.8% of 进出口总额 and 11.1% of 实际利用外资 shared out, and
实际利用外资12亿美元; 突破7000亿元 and 超200亿美元 milestones, not labelled); zhoushan-2021-gwr, the report the mayor 何中伟
delivered to 舟山's congress on 3 February 2021 on the 十三五 years, as district.ce.cn reposts it (3 labels, expected: the end
levels of spans, 一般公共预算收入增加到159.2亿元 and the urban and rural incomes 63702元、39096元; the averages and the five
years' inflows not labelled); putian-2024-gwr, the opening of 莆田's report reviewing 2023 as an unrelated business site reposts
it in January 2024, with no title and the name after 习 dropped (13 labels, expected: the GDP and the total and local revenues
in level and growth, the growths of investment, retail sales and the urban and rural incomes, 出口下降10.9% as 出口总额,
城镇登记失业率2.3% and 居民消费价格基本持平 as a worded result of the CPI); zhuhai-2024-gwr, the report the mayor 黄志豪
delivered to 珠海's congress on 30 January 2024, as district.ce.cn reposts it (8 labels, expected: the GDP and the local revenue
in level and growth, 外贸出口实现正增长 as a worded growth of 出口总额, and the growths of industry, retail sales and
居民人均可支配收入); zhuhai-2025-gwr, the report the acting mayor 吴泽桐 delivered on 20 February 2025, likewise (14 labels,
expected: seven aggregates in level and growth, with 下降18.2 of investment and 下降1.5 of the local revenue as falls,
进出口总额 in 亿元 as written and 居民人均可支配收入6.73万元); zhuhai-2021-gwr, the report the mayor 姚奕生 delivered on 2
February 2021 on the 十三五 years, as a reposting site gives it (2 labels, expected: 一般公共预算收入从270亿元增加到379亿元 as
the local revenue of 2020 and 居民人均可支配收入达55936元; the five years' averages and cumulative totals not labelled); and
jiangmen-2021-gwr, the report the acting mayor 吴晓晖 delivered to 江门's congress on 4 March 2021 on the 十三五 years, likewise
(1 label: 2020年实现3201亿元; the averages not labelled). The set was asked for the prefecture-level cities of Jiangsu,
Zhejiang, Fujian and Guangdong reviewing 2017 to 2025; the thirty look-ups the brief allowed (all used; the tool never said the
budget was spent) named 无锡, 南通 (twice, once for its plan), 湖州, 龙岩, 衢州, 台州, 宁德 (twice), 茂名, 梅州, 揭阳, 河源,
淮安, 汕尾, 云浮, 镇江, 绍兴, 泉州, 盐城, 连云港, 舟山, 南平, 肇庆, 温州, 江门, 莆田, 泰州, 珠海 and 常州; they reached (by the
year reviewed) reports the corpus holds (珠海 2018, 漳州 and 南平 2019, 盐城 2021, 潮州, 温州 and 常州 2020, 常州 2022 and
温州's plan of 2022, 江门, 扬州 and 连云港's plan of 2023, 金华 2024), copies in traditional characters (无锡 2018 and 2019,
茂名 2017 and 2019, 肇庆 2019, 南平 2020, 镇江 2019 and 2021, 龙岩 and 云浮 2021, 汕头 2022, 常州 2023, 盐城 2024), openings
that stop before any figure (无锡 and 梅州 2022, 茂名, 衢州 and 河源 2023, 宿迁 2019 and 2022, 江门 2018 and 2019, 揭阳 2018,
连云港 2020, 汕尾's plan of 2024), years outside the range asked (南通 2010, 宁德 2012, 绍兴 2013 and 2015, 泉州 2013, 台州
2014, 汕头 2015, 湖州 and 莆田 2016), machine-generated summaries (江门, 茂名, 泰州, 汕尾), statistics (宁德 2023, 舟山, 绍兴
2017) and an encyclopedia page (泉州), 河源's report on the five years to 2021 (growths over 2016 only), and counties and
districts (海门, 启东, 平湖, 临海, 诸暨, 福安, 福鼎, 寿宁, 陆丰, 四会, 鼎湖, 洪泽, 连云区, 金坛, 泰兴); 台州's report of April
2022 (its one figure in a clause the stored copy cuts) and the reports reviewing 2025 of 梅州 and 珠海 on betting sites were not
taken up; so the set holds nine reports; they were labelled by hand before extraction ran on them (65 labels), and scored once
on the branch as it stood (eb108c2): recall 98.5% (64/65), precision 98.5% (64/65): missed, putian-2024-gwr's worded
居民消费价格基本持平; wrong, zhoushan-2021-gwr's 实际利用外资19.36亿美元, the five years' cumulative inflow, read as 2020's;
fifteen proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

Two more (`blind356`, reviewing 2018 and 2019 in Sichuan) were found in the stored pages, both work reports of prefecture-level
cities: meishan-2020-gwr, the report the acting mayor 胡元坤 delivered to 眉山's congress on 28 April 2020, as a blog on
chinavalue.net reposts it, cut at its last whole sentence (11 labels, final, the report being given in April: the GDP,
地方一般公共预算收入110.8亿元、同口径增长9.2% as the local revenue, retail sales, each in level and growth, 全社会固定资产投资增长12.3%, and the urban and
rural incomes shared out by 分别, 36743元、18177元 and 9.0%、9.7%, the copy's 9.0 kept; the structure ratio and the GDP's shortfall
against its target not labelled); and neijiang-2019-gwr, 四川经济日报's news, as jinrixinan.com posts it, of the opening on 27
February 2019 of 内江's congress, where the acting mayor 郑莉 gave the report reviewing 2018 (4 labels, expected: 地区生产总值增长7.8%,
地方一般公共预算收入同口径增长8.9% as the local revenue's growth and 城乡居民人均可支配收入分别增长8.5%、9.3%). The set was asked for the prefecture-level
cities of Sichuan, Guizhou, Yunnan and Guangxi reviewing 2017 to 2025; the thirty look-ups of the search budget (all it allowed)
named the Sichuan cities 德阳, 宜宾, 达州, 雅安 (for its plan), 眉山, 自贡, 乐山, 广安 and 资阳, the Guizhou cities 安顺 (twice), 铜仁, 黔南州 and 毕节 and
the Guizhou cities' plan reports, the Yunnan cities 曲靖 (twice), 玉溪, 红河州, 保山, 普洱 and 昭通, and the Guangxi cities 柳州, 钦州, 百色, 北海,
防城港, 河池, 玉林 and 崇左; they reached (by the year reviewed) reports the corpus holds (六盘水 2018, 遵义 2019, 黔西南, 毕节 and 遂宁's plan of
2020, 昆明 2016, 2022 and 2024, 广安's plan of 2023, 乐山 2025, 眉山 2013, 南宁's report of October 2021), copies in traditional
characters (贵港 2017, 黔东南 2019, 桂林 and 北海 2021, 宜宾 2016, 雅安's news of 2022), openings with no catalogue figure of the year (德阳
2020 and 2022, 宜宾 2021 with five years' averages and a milestone alone, 玉溪 2023, 玉林 2024, 大理州 2022, 宜宾's news of 2026), an
English rendering of 德阳's plan of 2021, statistical bulletins (达州 2017, 乐山 2020, 眉山 2020), press conferences on ten, five or
seventy years (铜仁, 保山, 玉溪, 崇左, 防城港, 红河州, 黔南州, 普洱, 昭通), years outside the range (资阳 2014, 昭通 2011), counties and districts (安居,
前锋, 雁江, 涪城, 达川, 大安, 自流井, 港北, 横州, 简阳, 安岳, 麻江, 大理市) and provincial reports; 宜宾's news of January 2025, whose one figure is a
worded GDP growth (预计地区生产总值增速与全国同步), was not taken up; so the set holds two reports; they were labelled by hand before
extraction ran on them (15 labels), and scored once on the branch as it stood (481a6b7): recall 100% (15/15), precision 100%
(15/15): all fifteen found; nothing missed, nothing wrong; no proposal of an indicator outside the catalogue left out; the cites
test passed; no label changed.
Three more (`blind357`, reviewing 2018, 2020 and 2022 in Inner Mongolia and Shaanxi) were found in the stored pages, all
of prefecture-level cities: baotou-2021-gwr, a digest (政府工作报告摘编) of 包头's work report reviewing 2020, as the city's news
site gives it with no date or speaker (delivered given as the year; the results taken as given early in 2021) (4 labels,
expected: 全年地区生产总值增长3%, 规模以上工业增加值增长11%, 固定资产投资增长1.6% and 粮食产量达到24亿斤; the sub-sectors'
growths, 生猪存栏 and 引进国内(区外)资金 not labelled); yanan-2019-gwr, 华商报's news of the work report the mayor 薛占海
delivered to 延安's congress on 17 January 2019, as a tourism site reposts it with the per-cent signs dropped (7 labels,
expected: 预计完成生产总值1500亿元，增长9, 地方财政收入148.3亿元，増长5.6 as the local revenue, 全社会固定资产投资增长6左右 and
城乡居民人均可支配收入分别增长8.1和9.1); and yanan-2023-gwr, 延安日报's digest in the report's own words (政府工作报告解读,
17 February 2023) of the report reviewing 2022, with no date of the session (delivered given as the year) (10 labels,
expected: the GDP's level 2231.9亿元 and growth 4.6%, 地方财政收入180.4亿元，同口径增长28.3% as the local revenue, retail sales'
7.5%, the urban and rural incomes' 4.2% and 6.9% shared out by 分别, 一产增加值增长4.8% and 三产增加值增长5.5% as the primary and
tertiary sectors, and 总产量72.4万吨 as 粮食产量; 规上工业总产值 and the outputs of coal, oil, gas and apples not labelled). The
set was asked for the prefecture-level cities of Shanxi, Shaanxi, Gansu, Inner Mongolia, Liaoning, Jilin and Heilongjiang
reviewing 2017 to 2025; the thirty look-ups of the search budget (all it allowed) named the Shanxi cities 阳泉, 晋中, 朔州,
忻州, 吕梁 and 临汾, the Shaanxi cities 榆林, 铜川 and 延安 (by its plan of 2019), the Gansu cities 天水, 张掖, 陇南 and 金昌, the
Inner Mongolia cities 包头, 鄂尔多斯 and 兴安盟 and the cities' plan reports of 2020, the Liaoning cities 丹东, 抚顺, 本溪 and 朝阳,
the Jilin cities 吉林, 辽源 and 白山, and the Heilongjiang cities 大庆, 齐齐哈尔, 牡丹江, 绥化, 佳木斯 and 鸡西; they reached (by
the year reviewed) reports the corpus holds (延安 2016, 兰州 2018, 晋城 and 鄂尔多斯 2019, 大连 2022,
辽阳 2023), copies in traditional characters (铜川 2018, 天水 2019, 阳泉 2022, 朔州 2023, 晋中 2024), openings that give five
years' averages, sums and milestones alone (太原 2020, 大庆, 齐齐哈尔, 辽源 and 抚顺 2021, 包头's digest of 2022), news of
金昌's session of December 2021 with five-year aims alone, 铜川's notices dividing the report's tasks (2020 and 2025), years
outside the range asked (包头 2012, 鸡西 2015), statistical bulletins and yearbooks, counties, districts and banners (甘州, 北林,
虎林, 盘山, 朝阳县, 达拉特旗, 正蓝旗, 锡林浩特, 侯马 in English) and provincial reports, so that the set holds three reports; they
were labelled by hand before extraction ran on them (21 labels), and scored once on the branch as it stood (bfaa0c6): recall
90.5% (19/21), precision 100% (19/19): missed, yanan-2019-gwr's urban and rural growths (城乡居民人均可支配收入分别增长8.1和9.1,
the copy having dropped their per-cent signs); nothing wrong; twenty-one proposals of indicators outside the catalogue left
out; the cites test passed; no label changed.

Seven more (`blind358`, reviewing 2014 to 2024 in the districts of Guangzhou, Shenzhen and Hangzhou) were found in the stored pages,
all government work reports of districts: panyu-2020-gwr, the report 陈德俊 delivered to 番禺's congress on 23 June 2020, as the
Guangzhou portal gives it (12 labels, final, the session being held in June: the GDP, investment and retail sales in level and
growth, 一般公共预算收入102.7亿元、可比增长6% as the local revenue, and 城乡居民人均可支配收入分别达6.2万元和3.9万元，分别增长8%和10% for each
side; 税收总额 not labelled); panyu-2025-gwr, 叶珊瑚's report of 26 February 2025 on the same portal (4 labels, expected: the GDP and
the local revenue, each in level and growth); baoan-2024-gwr, the report 王立德 delivered to 宝安's congress on 24 January 2024, as
a document-sharing site gives a .docx of its newspaper printing, chunk numbers kept (2 labels, expected: 全区GDP同比增长8.5, the copy
writing 8.5虬, and 总量跃升到5202.01亿元; the span's start 从2020年3847亿元 not labelled); baoan-2020-gwr, 宝安's report reviewing 2019,
reposted without date or speaker on a company's news page, delivered given as 2020 (4 labels, expected: the growths 预计 of
规模以上工业增加值, retail sales, investment and 一般公共预算收入 as the local revenue); yuhang-2020-gwr, the report 陈如根 delivered to
余杭's congress on 18 January 2020, on a model-texts site, cut before the unfinished sentence of 规上工业增加值450亿元 (8 labels,
expected: 生产总值增长8%以上, 财政总收入 as the total and 地方财政收入 as the local revenue in level and growth, the urban and rural
incomes' growths, and 外贸出口增长5% as exports); binjiang-2015-gwr, the report the acting head 金志鹏 delivered to 滨江's congress on 11
February 2015, on the district's site (14 labels, expected: the GDP, both revenues, 农村居民人均纯收入 and investment in level and
growth, 研究与试验发展经费投入88.97亿元 as the amount of 全社会研究与试验发展经费投入, its growth left out as the corpus labels that series
in 亿元 only, 实际利用外资7.13亿美元 and 自营出口45.80亿美元，增长24.4% as exports; 工业增加值350.03亿元, not above the threshold, not
labelled); and jianggan-2017-gwr, the report the acting head 楼建忠 delivered to 江干's congress on 7 February 2017, reviewing the
five years to 2016, as 上城's site keeps it (7 labels, expected: the 2016 levels of the GDP, both revenues, 限额以上固定资产投资 as
investment, retail sales, 城镇常住居民人均可支配收入5.2万元 and 农民人均纯收入3.3万元; the five-year averages and 单位GDP电耗 not
labelled); all cut at their last whole sentence, half-width punctuation kept as the copies give it. The set was asked for the
districts of Guangzhou, Shenzhen, Wuhan, Chengdu, Hangzhou and Nanjing reviewing 2010 to 2025, district-years the corpus lacks;
twenty-four look-ups of the search budget of thirty named the Guangzhou districts 天河, 从化 and 番禺, the Shenzhen districts 宝安,
南山 and 福田, the Wuhan districts 江汉, 东西湖, 江夏, 黄陂 and 汉阳, the Chengdu districts 武侯 (twice), 郫都 and 青白江, the Hangzhou
districts 萧山, 富阳, 临平 and 滨江, and the Nanjing districts 秦淮, 建邺, 江宁, 栖霞 and 六合; they reached district-years the corpus
already holds (天河 2024, 萧山 2014, 番禺 2022 and 2023, 玄武 2024, 余杭 2008 and 2014, 花都 2023, 龙泉驿 2022, 武昌 2018, 上城 2019,
鼓楼 2015), copies in traditional characters (花都 2015 and 2025, 白云 2009, 番禺 2018, 福田 2011), a copy with its years altered (郫都
2020, its review headed 2021年) and city reports and news pieces, so that the set holds seven reports; they were labelled by hand before
extraction ran on them (51 labels), and scored once on the branch as it stood (5317ce0): recall 94.1% (48/51), precision 96.0%
(48/50): missed, baoan-2024-gwr's 全区GDP同比增长8.5虬 and its 总量跃升到5202.01亿元, and binjiang-2015-gwr's 研究与试验发展经费投入88.97亿元;
wrong, binjiang-2015-gwr's 实现工业增加值350.03亿元，增长17.1% read as 规上工业增加值 in level and growth; fifteen proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.

Eleven more (`blind359`, reviewing 2011 to 2024 in the districts of Shanghai) were found in the stored pages, all government
work reports of districts: fengxiansh-2016-gwr, the digest (摘要) of the report 庄木弟 delivered to 奉贤's congress on 18
January 2016, as a reposting site gives it (7 labels, expected: 财政总收入264.9亿元，同比增长10.2% as the total revenue,
区级财政收入84.9亿元，同比增长10.9% as the local revenue, retail sales in level and growth and 固定资产投资292亿元);
changning-2025-gwr, the report the acting district head 刘平 delivered to 长宁's congress on 8 January 2025, on the district's
disclosure site (2 labels, expected: 区级一般公共预算收入完成180.97亿元，同比增长7.38%; 地区生产总值预计迈上2500亿元新台阶, a
milestone, not labelled); baoshan-2012-gwr, the report the acting district head 汪泓 delivered to 宝山's congress on 5 January
2012 on the five years to 2011, on the district's site without title (3 labels, expected: 预计2011年全区实现增加值745亿元 as
the GDP, investment 350亿元 and retail sales 380亿元; their multiples of 2006 and 区可用财力 not labelled); xuhui-2020-gwr,
the report 方世忠 delivered to 徐汇's congress on 7 January 2020, as an investment-promotion site's listing quotes it on one
line with every 中 dropped (8 labels, expected: 地区生产总值增长6.3%左右, 区级财政收入…实现194.1亿元，同比增长0.3% as the
local revenue with its growth on the comparable basis, 剔除减税降费因素后同口径实际增长11.67%, as jingan-2023-gwr's is
labelled, 固定资产投资总额…同比增长30%以上 (its 首次超过230亿元 a threshold passed, not labelled), 进出口总额872亿元 and
出口311.6亿元，同比增长8.5% as 出口总额); xuhui-2021-gwr, the report the acting district head 钟晓咏 delivered on 13 January
2021, on another listing of that site (5 labels, expected: the GDP's growth 2.5%左右, the local revenue 198.1亿元 and 2%,
investment 320亿元 and 34%); pudong-2018-gwr, 浦东新区's report of 14 January 2018 on the district's site, cut before the
unfinished sentence that holds the R&D ratio (6 labels, expected: the GDP 9651.4亿元 and 8.7%, 一般公共预算收入 as the local
revenue 996.3亿元 and 8.5%, investment 1903.7亿元 and 实到外资78.3亿美元 as 实际利用外资); pudong-2019-gwr, the report 杭迎伟
delivered on 9 January 2019, on a listing of the investment-promotion site (3 labels, expected:
全社会固定资产投资达到2000亿元左右, 实到外资81亿美元 and the R&D ratio 4%; the GDP, revenues and trade written as thresholds
passed, 超过1万亿元 and the like, not labelled); pudong-2024-gwr, 浦东新区's report of early 2024 on a documents site with no
date (delivered given as the year) (5 labels, expected: the GDP 16715.15亿元, the local revenue 1300.81亿元 and 9.1%,
investment 3452.48亿元 and 14.1%); yangpu-2016-gwr, the report 谢坚钢 delivered to 杨浦's congress on 12 January 2016, on the
district's site (8 labels, expected: the GDP, 区级财政收入 as the local revenue, retail sales and investment, each in level
and growth; the five years' averages beside each and the five years' energy fall not labelled); yangpu-2024-gwr, 杨浦's report
of 16 January 2024 on the district's site (4 labels, expected: 地区生产总值增速5.6 %, the local revenue 154.99亿元 and 8%, and
investment's 增长20%以上, its level 突破360亿元 a threshold passed); and yangpu-2025-gwr, the second page of a reports
mirror's copy of 杨浦's report of 7 January 2025 (3 labels, targets of 2025: the GDP 5%, 区级财政收入 3% and investment 5%);
all cut at their last whole sentence, half-width punctuation written back full-width. The set was asked for the work and plan
reports of the districts of Shanghai reviewing 2008 to 2025, district-years the corpus lacks; twenty look-ups of the search
budget of thirty named 金山 (four times, once by its plan reports), 崇明 (twice), 奉贤, 松江, 长宁, 黄浦, 杨浦 (twice, once by
its plan report of 2017), 嘉定, 宝山, 徐汇, 静安, 虹口, 闵行, 浦东 and 普陀; they reached mostly reports of districts and
years the corpus holds (崇明 2018, 奉贤 2026, 闵行 2011, 2012, 2013 and 2014, 普陀 2015 and 2017, 长宁 2024, 黄浦 2025, 虹口
2018 at two addresses and 2024 to 2026, 嘉定 2021, 宝山 2008, 2014, 2016 and 2017, 徐汇 2022 and 2025, 静安 2018, 2019 and
2024, 浦东 2013, 2016, 2025 and 2026, 杨浦 2023, 松江 2017), copies in traditional characters (闵行 2026, 静安's news of
January 2022), openings that stop before any figure (松江 2023, 长宁 2019 and 2021, 徐汇 2018, 虹口 2023, 杨浦 2017, 嘉定
2017), 崇明 2017 with five years' figures alone, 青浦's plan reviewing 2014 whose opening gives its table's notes alone, years
before 2008 (普陀 2006), half-year reports of 嘉定 and 杨浦, statistical bulletins and encyclopaedia pages of 金山, 崇明, 闵行
and 青浦, so that the set holds eleven reports; they were labelled by hand before extraction ran on them (54 labels), and
scored once on the branch as it stood (73ad75c): recall 92.6% (50/54), precision 100% (50/50): missed, xuhui-2020-gwr's local
revenue 区级财政收入在更大规模减税降费实现194.1亿元，同比增长0.3% and its comparable growth 11.67% (presumably as the copy's
dropped 中 leaves 在更大规模减税降费实现 between the name and the figure), and its
固定资产投资总额首次超过230亿元，同比增长30%以上 (presumably as the growth follows a threshold passed); nothing wrong; fifteen
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind360`, reviewing 2021, 2022 and 2024 in Hubei, Jiangxi and Anhui) were found in the stored pages, all work
reports of prefecture-level cities: yichun-2022-gwr, the second page of district.ce.cn's repost of the report the mayor 严允
delivered to 宜春's congress on 21 December 2022 (10 labels, targets of 2023: the growths of the GDP, the local revenue,
industry, investment and retail sales, the urban and rural incomes' 分别增长6.5%以上、7.5%左右, the CPI's 3%以内, and the
worded 外贸进出口总额促稳提质 and 实际利用外资稳中有进; 完成节能减排任务 names no single catalogue figure); ezhou-2022-gwr, the
report the mayor 陈平 delivered to 鄂州's congress on 5 January 2022 on the five years to 2021, as the city's media site posts
it (2 labels, expected: the end levels of spans, 地区生产总值由2016年的825亿元增至1200亿元左右 and 财政总收入由73亿元增至106亿元
as the total revenue; 人均GDP突破10万元 not labelled); xuancheng-2025-gwr, the abstract (摘要) of 宣城's report reviewing 2024
as the city's news site posted it on 13 January 2025 (6 labels, expected: the GDP's 增长5.8%左右, 一般公共预算收入198.1亿元 as
the local revenue and the growths of industry, investment, retail sales and 进出口总额; 突破2000亿元大关 a milestone, not
labelled); and chizhou-2022-gwr, 池州's report reviewing 2022 as a documents site gives it without date, delivered in
December 2022 as its 今年 and its figures of January to November show (3 labels, expected: 全年预计达1100亿元、增长6% as the
GDP and the local revenue's 增长10.6%; 预计突破80亿元 a threshold passed and 1-11月 investment not labelled); all cut at their
last whole sentence, half-width punctuation written back full-width. The set was asked for the work and plan reports of the
prefecture-level cities of Hubei, Hunan, Jiangxi and Anhui reviewing 2017 to 2025, city-years the corpus lacks; the thirty
look-ups the brief allowed (all used; the tool never said the budget was spent) named 宜昌, 娄底, 上饶, 滁州, 恩施, 铜陵, 鹰潭,
湘西, 孝感, 常德, 宜春, 宿州, 景德镇, 邵阳, 淮南, 十堰, 亳州, 怀化, 鄂州, 宣城, 吉安, 张家界, 随州, 新余 and 池州, and the plan
reports of 黄冈, 株洲, 九江, 萍乡 and 荆门; they reached (by the year reviewed) reports the corpus holds (怀化 and 马鞍山 2018,
株洲, 衡阳 and 永州 2019, 赣州 2020, 黄冈, 景德镇 and 宣城 2021, 邵阳, 淮南 and 九江's plan of 2022, 荆州's plans of 2021 and
2022, 抚州, 亳州 and 新余's report and plan of 2023, 安庆 2024, 随州 and 池州's plan of 2025), copies in traditional
characters (上饶 and 怀化 2023, 常德 2024, 宿州 2022, 池州 2020, 宜春's first page of 2022, 鹰潭's plan of 2021, 铜陵 with no
year), openings that stop before any figure (宜昌 and 滁州 2020, 宿州 2023 and its plan reviewing 2019, 上饶's plan of 2022),
黄石's plan reviewing 2019 and 宣城's targets of 2025, whose sentences of figures the stored copies cut, 鄂州 2020 with a
milestone alone, news and digests (九江 2017, 萍乡, 常德, 长沙), half-year plan reports (九江 2018, 淮南 2025), statistical
bulletins (上饶, 滁州, 亳州, 吉安), provinces, cities of other provinces, and counties and districts (恩施市, 宜都, 天长, 明光,
铜官区, 黄州区, 章贡区, 洪湖, 掇刀区, 武宁), so that the set holds four reports; they were labelled by hand before extraction ran
on them (21 labels), and scored once on the branch as it stood (8e6004f): recall 81.0% (17/21), precision 100% (17/17):
missed, yichun-2022-gwr's worded targets 外贸进出口总额促稳提质 and 实际利用外资稳中有进, and chizhou-2022-gwr's
全年预计达1100亿元、增长6% (presumably as the GDP is named two clauses before, 地区生产总值在2021年突破千亿元关口后，今年继续保持较快
增长势头); nothing wrong; nineteen proposals of indicators outside the catalogue left out; the cites test passed; no label
changed.
Two more (`blind361`, reviewing 2018 and 2025 in Henan and Shandong) were found in the stored pages, both of prefecture-level
cities: hebi-2019-gwr, the second page of a reports site's copy of 鹤壁's work report reviewing 2018, which names neither the
city nor the date (the city told by 淇河 and 豫北五市, delivered given as the year; 1 label, expected: 居民人均可支配收入增长8.2%;
就业再就业、转移就业等超额完成目标, the PM2.5 falls and 优良天数增加8天 not labelled); and yantai-2026-gwr, 烟台融媒's report of 19 January 2026 on the
high-frequency words of 烟台's work report on the 十四五 years, delivered that day (1 label, expected: 高新技术企业总量翻番达2403家 as the
count of 2025; 地区生产总值…预计突破1.1万亿元 a milestone, and 规上工业总产值 and the high-tech share no catalogue figures, not labelled); both
cut at their last whole sentence, half-width punctuation written back full-width. The set was asked for the work and plan
reports of the prefecture-level cities of Shandong, Henan and Hebei reviewing 2017 to 2025, city-years the corpus lacks; the
thirty look-ups of the search budget (it ran out) named 东营 (twice, once by its plan), 烟台, 安阳 (twice), 承德 (twice), 潍坊 (twice,
once by its plan), 泰安 (twice, once by its plan), 鹤壁 (three times), 唐山, 日照, 德州, 三门峡, 邢台, 新乡, 枣庄, 濮阳, 衡水, 洛阳, 聊城, 邯郸, 驻马店, 临沂,
开封, 滨州 and 石家庄; they reached reports of city-years the corpus holds (张家口 2018 at two addresses, 邢台 and 滨州 2023, 新乡's plan
reviewing 2023, 枣庄 and 周口 2020, 濮阳 and 邯郸 2024, 开封 and 济宁 2019), copies in traditional characters (德州's aims of 2019 and its
commentary of 2026, 信阳 2019, 新乡's aims of 2025, 菏泽 2019, 廊坊 2018, 衡水 2017), 烟台's summary of its report of 2026 in bullet form
(taken for a machine-generated summary), 三门峡's plan reviewing 2022 with the results of January to November alone, 开封's report
on the five years to 2022 (a page with no address, milestones alone), openings that stop before any figure (洛阳 2020, 潍坊's
targets of 2020, 邯郸 2021, 枣庄 2025), statistical bulletins (日照 2020, 承德县), news and encyclopaedia pages, and counties and
districts (东昌府区, 新郑, 围场, 濮阳县), so that the set holds two reports; they were labelled by hand before extraction ran on them (2
labels), and scored once on the branch as it stood (6961acd): recall 50% (1/2), precision 50% (1/2): missed,
yantai-2026-gwr's 高新技术企业总量翻番达2403家 (presumably as 翻番 stands between the name and the count); wrong, its 地区生产总值…预计突破1.1万亿元
proposed as the GDP of 2025 (突破1.1万亿元), a milestone the corpus does not label; four proposals of indicators outside the
catalogue left out; the cites test passed; no label changed.
Five more (`blind362`, reviewing 2017 to 2024 in Jiangsu, Zhejiang, Fujian and Guangdong) were found in the stored pages, all
government work reports of prefecture-level cities: nantong-2021-gwr, the second page of district.ce.cn's repost of the report
the mayor 王晖 delivered to 南通's congress on 19 January 2021, from its heading 三、2021年主要工作 (11 labels, targets of 2021:
地区生产总值增长6.5%以上, the local revenue 5%以上, the R&D ratio 2.65%以上, investment, retail sales, 进出口总额增长5%左右, 城乡居民收入增长与经济增长同步 for each
side, the CPI's 3%左右, 城镇登记失业率控制在3%以内 and 新增就业11万人以上 as 城镇新增就业; 单位生产总值能耗、主要污染物排放进一步降低, a direction, not labelled);
sanming-2021-gwr, the report the mayor 余红胜 delivered to 三明's congress in January 2021, as a documents site gives it with a
PDF's line breaks inside words (17 labels, expected: the GDP, the local revenue, retail sales and both incomes in level and
growth, industry, investment, 外贸出口106.6亿元 as 出口总额 with its 增长-39.7% and retail sales' 下降0.3% labelled across the copy's line
breaks, 实际利用外商直接投资1.41亿元，增长7.3% as 实际利用外资 and the CPI's 1.3; 节能减排年度任务可以完成 not labelled); jinhua-2024-gwr, the section of
targets of the report the acting mayor 张健 delivered to 金华's congress on 30 January 2024, as a news site's channel gives it (6
labels, targets of 2024: 地区生产总值增长6%左右, 居民可支配收入、一般公共预算收入与经济增长同步 as a worded target of each, 城镇调查失业率控制在5%以内, the CPI's 3%左右 and
研发投入强度达到2.9%以上); qingyuan-2025-gwr, 清远新闻's news of the congress of 3 March 2025 where the acting mayor 陈金銮 delivered the
report (4 labels, expected: the GDP 2253.1亿元 and 3.8%, industry's 10.4% and the local revenue's 7.1%); and shaoxing-2018-gwr,
the report the acting mayor 盛阅春 delivered to 绍兴's congress in 2018, as a mirror of the city paper's page gives it (8 labels:
the GDP, the local revenue and both incomes in level and growth, labelled final, delivered given as 2018-04 from the page
address's date 2018/4/9); all cut at their last whole sentence, half-width punctuation written back full-width. The set was
asked for the work and plan reports of the prefecture-level cities of Zhejiang, Jiangsu, Fujian and Guangdong reviewing 2017
to 2025, city-years the corpus lacks; twenty-seven look-ups of the search budget of thirty (it did not run out) named 衢州
(three times, once by its plan report), 淮安 (twice, once by its plan report), 龙岩, 揭阳 and 云浮 (twice each), 南通, 无锡, 泰州, 茂名, 连云港,
宁德, 汕尾, 南平, 镇江, 台州, 金华, 河源, 常州, 绍兴, 肇庆 and 清远; they reached mostly reports of cities and years the corpus holds (泰州 2020, 扬州
2023, 连云港's plan 2023, 漳州 2019, 福州 2019, 南平 2019, 镇江 2018, 常州 2020 and 2022, 金华 2022 and 2024, 绍兴's plan 2018, 清远's plan 2020,
湖州 2016, 惠州 2024), copies in traditional characters or garbled (龙岩 2021, 南平 2020, 茂名 2017 and 2019, 无锡 2018 and 2019, 镇江 2019
and 2021, 肇庆 2019, 清远 2017, 云浮 2021, 常州 2023, 汕头 2022, 丽水's plan 2020, 金华 2023 in synonyms), openings that stop before any
figure (宿迁 2019 and 2022, 梅州 2022, 揭阳 2018, 茂名 2023, 河源 2023, 汕尾's plan 2024, 无锡's targets for 2020, 台州 2021 with its five
years' span in an unfinished sentence), 河源 2021 with growths over 2016 alone, news of 宁德 and 泰州, reports of counties and
districts, statistical bulletins and yearbooks, so that the set holds five reports; they were labelled by hand before
extraction ran on them (46 labels), and scored once on the branch as it stood (189b6f8): recall 80.4% (37/46), precision 82.2%
(37/45): missed, sanming-2021-gwr's 外贸出口106.6亿元，增长-39.7% (presumably as the copy's line break parts the sign 增长- from 39.7%);
and shaoxing-2018-gwr's eight results
(全市实现生产总值5108亿元，增长7.1%；一般公共预算收入431.4亿元，增长11.9%；城镇和农村常住居民人均可支配收入54445元、30331元，分别增长8.2%和9.3%), found with the same values but
proposed expected where the labels say final (the report delivered in April 2018 as the labels take it), so that each counts
once missed and once wrong; one proposal of an indicator outside the catalogue left out; the cites test passed; no label
changed.

Seven more (`blind363`, reviewing 2011 to 2024 in the districts of Shanghai and Tianjin) were found in the stored pages, all
government work reports of districts: minhang-2019-gwr, the report the district head 倪耀明 delivered to 闵行's congress in
January 2019 (its date line reads ——2019115日), on the district's disclosure site (13 labels, expected:
地区生产总值可比增长6.5%左右, 财政总收入831亿元，同比增长6.1% as the total revenue, 区级财政收入296.8亿元，同比增长6.5% as
the local revenue, retail sales, 进出口商品总额 as 进出口总额 and investment, each in level and growth, the R&D ratio
6.8%左右 and 人均可支配收入同比增长9.3%左右 as 居民人均可支配收入; 新增就业岗位 not labelled); minhang-2020-gwr, the report
the acting district head 陈宇剑 delivered on 7 January 2020, as a forum post gives it on one line (13 labels, expected: the
GDP's 5.2%, 区级财政收入297.7亿元，同比增长0.3% with the growth in parentheses, 剔除减税降费和非税等一次性收入因素…增长6%,
as xuhui-2020-gwr's is labelled, retail sales and investment in level and growth, 进出口商品总额2098亿元 with its worded
growth 同比略有下降, the R&D ratio 7.5%左右 and 居民人均可支配收入同比增长8%左右，达到7.17万元); hongkou-2020-gwr, the
report 胡广杰 delivered to 虹口's congress on 8 January 2020, as the same forum gives it (2 labels, expected:
一般公共预算收入完成117.0亿元，同比增长0.21% as the local revenue); heping-2025-gwr, the report 郑伟铭 delivered to 天津's
district 和平区 on 8 January 2025, as a reports mirror gives it (3 labels, expected: 地区生产总值增长5%以上,
一般公共预算收入增长13.4% and 固定资产投资增长10%以上; 居民人均可支配收入突破七万元, a threshold passed, not labelled);
heping-2018-gwr and heping-2017-gwr, 和平区's reports on 2017 and on the five years to 2016, on the district's site with no
speaker or date (delivered given as the site's publication dates, 7 February 2018 and 30 December 2016) (6 labels, expected:
the GDP 850亿元 and 7%左右, 区级财政收入53.5亿元, 外贸进出口总额401亿元 and 22%, and retail sales 492亿元 in a sentence the
copy gives as …投入运营计全区实现…; and 5 labels, expected: the levels of 2016, the GDP 830亿元, 区级财政收入98.26亿元,
retail sales 500亿元, investment 190亿元 and the 外资到位额 2.9亿美元 as 实际利用外资; the five-year averages, multiples and
sums and the quotas 完成…节能减排任务 not labelled); and yangpu-2012-gwr, 杨浦's report on the five years to 2011, given
early in 2012, as an investment site gives it under the wrong title 2021年杨浦区政府工作报告 (4 labels, expected: the levels
of 2011 alone, the GDP 1020亿元, 区级财政收入64.5亿元, investment 159亿元 and retail sales 275亿元; the five-year averages
and the energy fall since 2006 not labelled). The set was asked for the districts of Shanghai and Tianjin reviewing 2008 to
2025; twenty-four look-ups of the shared search budget (it did not run out) named 西青 (twice), 津南, 北辰 (twice), 宝坻,
静海, 宁河 and 和平 in Tianjin, and 松江, 金山 (twice), 青浦, 崇明, 闵行, 普陀's plans, 嘉定, 宝山, 长宁, 静安, 奉贤, 虹口,
黄浦 and 杨浦 in Shanghai; they reached reports the corpus holds (河北区 2026, 河西 2024, 武清's and 东丽's plans, 松江 2017
and 2025, 青浦 2013 and 2021, 崇明 2018, 嘉定 2008 and 2021, 闵行 2012 to 2014, 普陀 2006 and its plan of 2024, 长宁 2024
and 2025, 静安 2018, 2019 and 2024, 奉贤 2011, 2016 and 2026, 虹口 2018 and 2024 to 2026, 黄浦 2025, 徐汇 2020, 浦东 2019,
杨浦 2016, 2024 and 2025, 宝山 2017), copies in traditional characters (静海 2016, 宁河 2025, 普陀 2016, 南开 2010),
openings that stop before any figure or give only milestones and sums (河西 2022, 滨海 2019, 松江 2023, 长宁 2019 to 2021,
嘉定 2017, 虹口 2023, 杨浦 2017 and 2023, 崇明 2017, 和平 2016), half-year reports of 嘉定 and 普陀, the 十四五 plans of
津南, 西青 and 崇明, a news item on 西青's delegation, statistical bulletins and encyclopaedia pages of 金山, 青浦 and 松江,
and the municipal reports of both cities, so that the set holds seven reports; they were labelled by hand before extraction
ran on them (46 labels), and scored once on the branch as it stood (7ba7603): recall 84.8% (39/46), precision 100% (39/39):
missed, minhang-2019-gwr's 进出口商品总额2163亿元，同比增长9.2% and minhang-2020-gwr's 进出口商品总额2098亿元，同比略有下降
(presumably as 进出口商品总额 is not a name the catalogue reads), minhang-2020-gwr's 区级财政收入297.7亿元，同比增长0.3%
(its level and the growth in parentheses were found, not this growth), heping-2017-gwr's 外资到位额 2.9亿美元 (written
实现内、外资到位额142亿元和2.9亿美元) and yangpu-2012-gwr's 全社会固定资产投资总额年均增长8.7%，2011年达159亿元 (the
three other levels written after their averages were found); nothing wrong; ten proposals of indicators outside the catalogue left out; the
cites test passed; no label changed.
Eight more (`blind364`, reviewing 2013 to 2022 in the districts and county-level cities of Ningbo, Qingdao, Suzhou and Xiamen)
were found in the stored pages, all government work reports: yinzhou-2014-gwr, the report 陈国军 delivered to 鄞州's congress
on 18 February 2014, on a copy of the district congress's site (10 labels, expected: the GDP 1177.7亿元 and 9.5%,
公共财政预算收入258.6亿元，增长9% as the total revenue and 地方财政收入153.3亿元，增长12.5% as the local one,
城镇居民人均可支配收入、农村居民人均纯收入44749和23156元，增长10.2%和11.2% for each side, the rural one as net income);
yinzhou-2019-gwr, the report the acting district head 王兆波 delivered on 16 January 2019, on a mirror of the district's
disclosure page that runs it on one line (10 labels, expected: the GDP, 财政总收入 as the total revenue and 一般公共预算收入
as the local one, each in level and growth, and the incomes 6.4万元和3.5万元, 8.4%和8.6%); yinzhou-2021-gwr, 王兆波's report
of 20 January 2021 on the district's site (14 labels, expected: the whole district's GDP, revenues, 进出口总额2100亿元 and
出口1550亿元 with their growths, and the two incomes; the 区本级 figures in brackets not labelled); yinzhou-2025-gwr, the
report 陈兴立 delivered on 21 January 2025, from the district's gazette (6 labels, expected: the GDP 3113亿元 and 5%,
investment's 6.9%, 货物出口额2365.7亿元、增长17% as exports and the local revenue 302.6亿元; 商品销售额 not);
huangdao-2016-gwr, the report the acting district head 李奉利 delivered to 黄岛's congress on 25 February 2016, on the
district congress's site (10 labels, expected: the GDP, 公共财政预算收入 as the local revenue and investment in level and
growth, 万元GDP能耗下降3.8%, 城镇登记失业率2.6% and 居民人均可支配收入33487元 and 9.2%; 新增城乡就业7.2万人, urban and rural
jobs together, left out); taicang-2020-gwr, the report the acting mayor 汪香元 delivered to 太仓's congress on 4 January 2020,
on a reposting site (9 labels, expected: the GDP, the local revenue, investment and retail sales in level and growth, but the
tertiary sector's 服务业增加值657亿元 alone; the gross industrial output not); jimei-2023-gwr, the report 倪杰 delivered to
集美's congress on 20 December 2022, reviewing 2022, on a reposting site, named for its session's year as jimei-2017-gwr is (5
labels, expected: 地区生产总值增长3%, the total and local revenues 142.3亿元和46.1亿元, the incomes' 5%和8.1%); and
kunshan-2022-gwr, the opening of 昆山's report of early 2022 on a mirror of the Suzhou government's pages, with no date
(delivered given as the year) (2 labels, expected: 2021年预计地区生产总值4700亿元 and 一般公共预算收入466.9亿元 as the local
revenue; the five years' cumulative sums, multiples and thresholds not); all cut at their last whole sentence, half-width
punctuation written back full-width. The set was asked for the work and plan reports of the districts and county-level cities
of Guangzhou, Shenzhen, Hangzhou, Ningbo, Suzhou, Xiamen and Qingdao reviewing 2010 to 2025, place-years the corpus lacks;
eleven look-ups of the search budget of thirty named 番禺, 宝安, 萧山, 昆山, 张家港, 慈溪, 胶州, 集美, 增城, 黄岛, 余姚, 余杭,
鄞州 and 即墨; they reached mostly reports of places and years the corpus holds (番禺 2020, 2023 and 2024, 宝安 2018, 2020 and
2024, 萧山 2015, 张家港 2018 and 2022, 慈溪 2017 and 2022, 增城 2010, 2022 and 2023, 西海岸新区 2018 and 2019, 余姚 2020, 余杭
2009 and 2020, 鄞州's plan of 2024, 龙岗 2025, 湖里 2016, 集美 2017), openings that stop before any catalogue figure (宝安's
plan of 2020 and its report of 2021, 张家港 2017 with five years' averages alone), copies in traditional characters (集美
2025, 黄岛 2012, 余杭 2012, 胶州 2010), pages without address (慈溪 2015), 集美 2026 with no date of delivery, yearbook and
encyclopaedia pages, so that the set holds eight reports; they were labelled by hand before extraction ran on them (66
labels), and scored once on the branch as it stood (a9c6059): recall 93.9% (62/66), precision 98.4% (62/63): missed,
yinzhou-2014-gwr's four incomes 城镇居民人均可支配收入、农村居民人均纯收入44749和23156元，增长10.2%和11.2% (presumably as the
two names come first, joined by 、, and the first level has no unit of its own); wrong, huangdao-2016-gwr's
海洋产业增加值增长21% proposed as the secondary sector's growth (the marine industry is no catalogue series); eight proposals
of indicators outside the catalogue left out; the cites test passed; no label changed.

Two more (`blind365`, reviewing 2019 in Inner Mongolia and Shaanxi) were found in the stored pages, both of
prefecture-level cities: wuhai-2020-gwr, the work report the acting mayor 唐毅 delivered to 乌海's congress on 26 March 2020,
as the city's regional cooperation bureau reposts it from 乌海日报 (7 labels, expected, growths only: the GDP's 9.5%,
规模以上工业增加值 21.7%, investment 10.5%, 一般公共预算收入 13.9% as the local revenue, retail sales 4.3% and
城镇和农区常住居民人均可支配收入分别增长6.4%、10.2% as the urban and rural incomes; the key projects' 完成投资122.4亿元 not
labelled); and weinan-2020-plan, 渭南's plan
for 2020 on a mirror of the city's disclosure page, without title or date (6 labels, targets:
力争生产总值增速高于全国全省平均增速 as the GDP's worded growth, investment 8%, the urban and rural incomes 7% and 8%,
城镇登记失业率 4.5%以内 and 单位GDP能耗下降1.1% as 万元生产总值能耗). The set was asked for prefecture-level cities of
Sichuan, Shaanxi, Inner Mongolia, Yunnan and Guangxi reviewing 2017 to 2025; the look-ups, the whole budget of thirty, named
绵阳, 榆林, 鄂尔多斯, 曲靖, 柳州, 玉林, 宜宾, 汉中, 通辽, 玉溪, 南充, 渭南, 呼伦贝尔, 昭通, 桂林, 达州, 百色, 巴彦淖尔, 安康,
保山, 泸州, 延安, 钦州, 乌兰察布, 普洱, 自贡, 梧州, 商洛, 乌海 and 临沧; they reached mostly city-years the corpus holds (绵阳
2016 and 2019, 鄂尔多斯 2019, 昆明 2021 and 2024, 通辽 2024, 汉中 2016, 2018 and 2021, 南充 2021 and 2022, 渭南 2017 and 2021,
安康 2018 and 2024, 泸州 2020, 延安 2016 and 2022, 乌兰察布 2020, 呼和浩特 2019, 桂林 2020, 自贡 2018, 梧州's plan reviewing
2021, 商洛 2022, 乌海 2022), copies in traditional characters (贵港 2017 and 2020, 绵阳 2024, 渭南 2020, 西双版纳, 大理),
openings that stop before any catalogue figure (玉林 2024, 玉溪 2023) or give five or four years' figures alone (宜宾 2021,
呼伦贝尔 2021, 巴彦淖尔 2025), a copy with its figures masked (泸州 2022), an English translation (达州 2018), reports of
counties and districts, statistical bulletins and news, so that the set holds two reports; they were labelled by hand before
extraction ran on them (13 labels), and scored once on the branch as it stood (50b254b): recall 76.9% (10/13), precision 90.9%
(10/11): missed, wuhai-2020-gwr's 城镇和农区常住居民人均可支配收入分别增长6.4%、10.2% (both sides) and weinan-2020-plan's
生产总值增速高于全国全省平均增速; wrong, wuhai-2020-gwr's key projects' 完成投资122.4亿元 read as investment's level; four
proposals of indicators outside the catalogue left out; the cites test passed; no label changed. A third report the set
labelled, 绵阳's targets for 2023 (11 labels), was a content site's machine-reworded copy (全社会固定资产投资提高10%,
与经济发展的新趋势基本一致), which its labeller flagged; it was left out on merging, as the corpus leaves out copies whose words
a site replaced (铜陵 2023), and the score above is the set's first run on the two it keeps (17/24 and 17/18 with it).
Three more (`blind366`, reviewing 2012, 2017 and 2025 in the districts of Beijing and Changsha) were found in the stored
pages, all work reports of districts: kaifu-2018-gwr, the opening of 开福区's review of 2017, as a mirror gives a page of
the district site's 走进开福 section with no title or date (delivered given as the year) (9 labels, expected: the GDP
907亿元 and 8%, 地方财政总收入147.1亿元，增长12.2% as the total revenue, investment and retail sales in level and growth,
and 居民人均可支配收入达49605元; 税收收入 and 金融业增加值 not labelled); haidian-2013-gwr, the report the district head
孙文锴 delivered to 海淀's congress on 10 January 2013, on a documents site that puts asterisks for some words, outside any
figure (4 labels, expected: the GDP 3472亿元 and 9.2%, 区级公共财政预算收入263.1亿元，增长10.4% as the local revenue;
区域税收 not labelled); and wangcheng-2026-gwr, China News Service's report of 望城's congress of 20 January 2026, where the
district head 蔡锋 reported on the 十四五 years (1 label, expected: 城镇居民人均可支配收入增至6.7万元, the level ending the
span; 地区生产总值超1200亿元, a threshold passed, and the five years' averages not labelled); all cut at their last whole
sentence, half-width punctuation written back full-width. The set was asked for the work and plan reports of the districts
of Beijing, Chongqing, Chengdu, Xi'an, Zhengzhou and Changsha reviewing 2010 to 2025, district-years the corpus lacks; the
thirty look-ups of the search budget named 房山 (twice), 顺义 (three times), 怀柔 (twice), 密云, 丰台, the targets of
Beijing's districts, 江津, 大渡口, 合川's and 九龙坡's plans, 綦江, 铜梁, 荣昌, the congresses and targets of Chongqing's
districts (twice), 武侯, 郫都, the congresses of Chengdu's districts, 碑林, 未央 (twice), 莲湖, 长安, 临潼, 高陵, 金水 (twice,
once by its plan), 中原, 开福, 雨花, 岳麓 (twice), 宁乡 and 望城; they reached mostly district-years the corpus holds (延庆 2022,
平谷 2016, 东城 2018 and 2024, 西城 2010 and 2022, 丰台 2004, 雁塔 2015, 未央 2013 and 2014, 灞桥 2022, 渝中 2022 and 2023,
永川 2021, 天心 2020, 芙蓉 2018), openings that stop before any figure (石景山 2024, 怀柔 2022, 江津 2019, 南岸 2023,
大渡口's plan reviewing 2024, 铜梁 2017, 中原 2023, 青羊 2024), copies in traditional characters (房山 2011, 璧山 2021,
荣昌 2023), 岳麓's targets for 2022 without an address, 郫都 2020 and 顺义 2021 with five years' figures alone, an
introduction page of 金水, half-year reports, statistical bulletins and the cities' own reports, so that the set holds
three reports; they were labelled by hand before extraction ran on them (14 labels), and scored once on the branch as it
stood (7c14090): recall 100% (14/14), precision 100% (14/14): nothing missed, nothing wrong; twelve proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind367`, reviewing 2018 and 2021 in Zhejiang) were found in the stored pages, both of counties: cangnan-2019-gwr,
the work report the county head 郑建忠 delivered to 苍南's congress on 25 February 2019, as an investment-promotion site
(010b.com) reposts it under 【苍南县招商】 (12 labels, expected: 地区生产总值560.6亿元，增长7.2% in level and growth,
财政总收入62.1亿元 as the total revenue and 一般公共预算收入37.7亿元 as the local revenue with their growths
分别增长11.1%和11.9%, the urban and rural incomes 47051元和22166元 and their growths 8.3%和9.3%, and
全社会消费品零售总额385.6亿元，增长10% as retail sales; 规上工业总产值312.2亿元, gross output, not labelled); and
shengsi-2022-gwr, the county government's summary of its work of 2017 to 2021 as 嵊泗's own site posts it on 23 March 2022,
worded as the review opening a work report (一、本届政府工作回顾) and so taken as the review of the report of 2022 (2 labels,
expected: 2021年全县地区生产总值同比增长5% and 一般公共预算收入8.81亿元 as the local revenue; the five-year averages
五年年均增长5.7% and 年均增长8% and the incomes' 年均分别增长7.3%和8.6% not labelled). The set was asked for counties and
county-level cities of Jiangsu and Zhejiang reviewing 2017 to 2025; the look-ups, the whole budget of thirty, named 江阴,
乐清, 邳州, the plans of Zhejiang's counties (twice), 溧阳, 永康, 启东, 嘉善, 天台, 桐庐, 靖江, 苍南, 兰溪, 句容, 青田, the
work reports on Zhejiang's county disclosure pages, the plans of Jiangsu's counties, 射阳, 新沂, 常山, the county reports of a
report site for Zhejiang and for Jiangsu, 文成, 睢宁, 岱山, 泰顺, 涟水, 松阳 and 仪征; they reached mostly place-years the
corpus holds (张家港's plan reviewing 2021, 仙居 2018, 平阳 2020, 淳安 2017, 龙泉 2017, 浦江 2022, 诸暨 2020, 嵊泗 2023 and
海门's plan reviewing 2022), copies in traditional characters (句容 2013 and 2023, 金坛 2023), an opening and news that stop
before any catalogue figure (江阴 2022, 天台 2021, 新沂 2025, and 松阳 2021, cut inside its GDP sentence), a yearbook entry
(文成 2019), news features, statistical bulletins, plans and development outlines, reports of prefecture-level cities and of
other provinces' counties, so that the set holds two reports; they were labelled by hand before extraction ran on them (14
labels), and scored once on the branch as it stood (5b13ef6): recall 100% (14/14), precision 100% (14/14): no label was missed
and no proposal was wrong; seven proposals of indicators outside the catalogue left out; the cites test passed; no label
changed.
One more (`blind368`, reviewing 2021 in Shandong) was found in the stored pages: huimin-2022-gwr, the digest (摘登) of the work
report 许健 delivered to the first session of the 19th congress of the county 惠民 (滨州), as the county paper printed it on 30
January 2022, reviewing the five years to 2021 (1 label, expected: the end level of a span,
一般公共预算收入由2016年的9.6亿元增加至2021年的20.7亿元, as the local revenue; the five years' averages, the cumulative investment and
inflows, and 培育高新技术企业40家, the firms cultivated over the five years, not labelled); the county is read from the paper and the
firms huimin-2020-gwr names, cut at the last whole sentence, half-width punctuation written back full-width. The set was asked
for the work and plan reports of the counties and county-level cities of Shandong, Henan and Hebei reviewing 2017 to 2025,
place-years the corpus lacks; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named
青州, 迁安, 巩义, 滕州, 任丘, 禹州, 诸城, 曹县, 永城, 武安, 涿州, 林州, 平度, 邓州, 高密, 黄骅, 新泰, 辛集 and 三河, the counties of Hebei
(four times, once by their plan reports), Henan (four times, once by their plan reports) and Shandong (three times, once by
their plan reports); they reached mostly place-years the corpus holds (新郑 2023, 霸州, 饶阳 and 息县 2021, 蠡县 2016, 嵩县 2019
and 2022, 叶县 and 郏县 2023, 莱州 2019, 诸城 2022, the plans of 阳谷 and 金乡 on 2020, 博爱 on 2019 and 魏县 on 2022), copies in
traditional characters (迁安 2020, 沙河 2016, 黄骅 2018 and 2023, 辛集 2019, 范县 2022), openings that stop before any
catalogue figure or give ranks and milestones alone (新密 and 温县 2020, 温县 2022, 鲁山 2019, 临颍 2022), 青州 2023 with the
results of January to November alone, 滕州 2022, whose one sentence of figures the stored copy cuts (…规上工业总产值增长7.4%，实际利用),
围场 2020 with five years' averages alone, a garbled copy (平度 2020), yearbook, gazetteer and bulletin pages (诸城, 新泰, 曹县,
襄城), news and press conferences (邹城, 长垣, 邓州, 永城, 平山), and the reports of cities, provinces and counties of other
provinces, so that the set holds one report; it was labelled by hand before extraction ran on it (1 label), and scored once on
the branch as it stood (1f5c438): recall 100% (1/1), precision 100% (1/1): nothing missed and nothing wrong; nineteen proposals
of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind369`, reviewing 2021 in Anhui) was found in the stored pages, a county's work report: xiaoxian-2021-gwr, the
report the county head 朱新华 delivered to 萧县's congress on 31 December 2021 on the five years to 2021, as a site of reports
(bx2200.com) gives it, cut at its last whole sentence before the copy breaks off (3 labels, expected: the end levels of the five
years, 全县地区生产总值连跨两个百亿元台阶，达440亿元 as the GDP of 2021 and 财政收入、一般公共预算收入分别达到38亿元、23.5亿元 as the total and local revenues; the two 百亿元
steps, the five years' averages and the firms added over them not labelled); named for the year delivered, the year of its
session. The set was asked for the work and plan reports of the counties and county-level cities of Anhui, Jiangxi, Fujian,
Hunan and Guangdong reviewing 2017 to 2025; the thirty look-ups the brief allowed (all used; the tool never said the budget was
spent) named the counties of each province at large and their plan reports, and 天长, 桐城, 南康, 信丰 and 龙南, 怀远, 宁都, 安溪, 英德, 福清, 醴陵,
耒阳 and 常宁, 宁乡, 贵溪, 鄱阳, 余干 and 万年, 瑞昌, 修水 and 都昌, 砀山, 临泉, 颍上 and 阜南, 廉江, 信宜 and 阳春, 惠安 and 永安, 平江 and 龙川; they reached mostly
place-years the corpus holds (庐江 and 全椒 2021, 休宁 2021, 进贤 and 上饶县 2018, 新晃, 大埔, 德庆 and 紫金 2019, 长沙县 and 湘潭县 2022, 宜章, 麻阳 and 霍邱
2023, 松溪 and 闽清 2018, 大余 2017, 沅陵 2018, 濉溪 2022, 阳西 2022, 诏安 2022), copies in traditional characters (宁都 and 英德 2021, 醴陵 2022,
和县 2024, 惠安's news of 2024, 万载 2015), a copy with its years masked (上杭, 20XX), openings that stop before any figure (宜黄 and 南康
2022) and a later page of 阳春's report with no catalogue figure, reports out of the range (天长 2015, 桂阳 2016), a news item without
an address (醴陵), statistical bulletins (旌德, 南昌县, 全南, 平江, 宁乡, 耒阳, 衡阳县, 福清) and provincial reports, so that the set holds one
report; it was labelled by hand before extraction ran on it (3 labels), and scored once on the branch as it stood (ac92a7d):
recall 100% (3/3), precision 75% (3/4): nothing missed; wrong, 规上工业增加值、高新技术产业增加值、战新产业产值年均分别增长9.8%, a five years' average, read
as industry's growth of 2021; two proposals of indicators outside the catalogue left out; the cites test passed; no label
changed.
Six more (`blind370`, reviewing 2020 to 2024 in the districts of Nanjing, Hefei, Fuzhou, Jinan and Kunming) were found in the
stored pages, all government work reports of districts or news of them: mawei-2023-gwr, the report the district head 王刚
delivered to 马尾's congress (Fuzhou) on 27 December 2023, reviewing its own year, as a reports mirror gives it (8 labels,
expected, growths only: the GDP's 5%, investment, 一般公共预算总收入 as the total and 地方一般公共预算收入 as the local
revenue, retail sales, 出口总额 and the urban and rural incomes; the key projects' 完成投资242.79亿元 not labelled);
changqing-2023-gwr, the report 王士强 delivered to 长清's congress (Jinan) on 5 January 2023, likewise (8 labels, expected:
the GDP 380亿元, the local revenue 23.4亿元, investment's 4%, retail sales 119亿元 and
城镇和农村居民人均可支配收入分别达49303元、23759元，增长5%和5.1% for each side); yaohai-2025-gwr, the report 童友好 delivered
to 瑶海's congress (Hefei) on 4 January 2025, likewise, from its date line (6 labels, expected:
地区生产总值800亿元左右、增速4%, investment's 16%以上, retail sales' 3%左右, the local revenue's 2%左右 and
城镇居民人均可支配收入增速快于经济增长 as a worded growth); guandu-2022-gwr, 中国新闻网's news, as 人民网 reposts it, of the
report 周燕 delivered to 官渡's congress (Kunming) on 14 January 2022 on the five years to 2021 (2 labels, expected: the end
levels of the spans, 地区生产总值从1002.16亿元提高到预计的1420亿元 and the local revenue's 52.24亿元; the averages and the
title's 2026年地区生产总值突破2000亿元, a goal for the end of the next five years, not labelled); jiangning-2025-gwr, 央广网's
news of 江宁's sessions (Nanjing) of January 2025 with no title or date of the session (1 label, expected: 外贸进出口1210亿元
as 进出口总额 in 亿元; 预计全年完成地区生产总值超3150亿元 a milestone, not labelled); and lishuinj-2021-gwr, 现代快报's news,
as ZAKER reposts it, of the report 张蕴 delivered to 溧水's congress (Nanjing) on 6 January 2021, named lishuinj as 丽水 holds
lishui (1 label, expected: its sub-heading 2020 年预计地区生产总值完成 906 亿元, the copy's spaces kept; the five years'
milestones and cumulative sums not labelled); all cut at their last whole sentence, half-width punctuation written back
full-width. The set was asked for the work and plan reports of the districts of Nanjing, Hefei, Fuzhou, Jinan, Nanchang,
Kunming and Nanning reviewing 2010 to 2025; the thirty look-ups the brief allowed (all used; the tool never said the budget
was spent) named the Nanjing districts 秦淮 (twice), 建邺, 栖霞, 江宁, 六合, 高淳 with 溧水 and 雨花台, the Hefei districts
蜀山 (twice), 包河 and the plans of 包河 and 庐阳, the Fuzhou districts 晋安, 马尾, 鼓楼 and 台江, the Jinan districts 槐荫,
章丘, 天桥, 莱芜 with 钢城 and 历城 with 历下, the Nanchang districts 新建, 青山湖 with 红谷滩 and 红谷滩, the Kunming
districts 盘龙, 呈贡 with 西山, 西山 and 东川 with 安宁, and the Nanning districts 青秀, 西乡塘 with 江南 and 良庆, and 武鸣
with 邕宁; they reached (by the year reviewed) reports the corpus holds (玄武 2024, 鼓楼 of Nanjing 2015, 庐阳 2021 at the
same address, 蜀山's plan of 2024, 瑶海's plan of 2021, 东湖 2019, 青云谱 2015, 五华 2021 and 2022, 晋宁 2023, 官渡's plan of
2021), copies in traditional characters (秦淮 2014, 济南 市中 2015, 章丘's aims of 2021, 晋安 2021, 呈贡 2021, 溧水's bulletin
of 2023), openings that stop before any figure (历下 2022, 台江 2021, 蜀山 2018, 包河 2023's fourth page) or give five years'
figures alone (瑶海 2025, 东川 2025, 西山's press conference on 2020, 庐阳 2015 on a site that strews m3T through its lines),
包河 2021, whose figures stand in the sentence where the stored copy breaks off, a page of 溧水's report opening mid-sentence
with no year, a copy with its years masked (包河 20xx), 浦口's news of January 2026 with aims for 2030 alone, a list of 槐荫's
figures of 2017 not tied to its report, statistical bulletins (江宁 2021, 良庆 2023), yearbooks and encyclopaedia pages
(西乡塘, 盘龙, 新建, 武鸣, 槐荫, 莱芜) and the cities' own reports, so that the set holds six reports; they were labelled by
hand before extraction ran on them (26 labels), and scored once on the branch as it stood (b34f16d): recall 96.2% (25/26),
precision 96.2% (25/26): missed, guandu-2022-gwr's 地区生产总值从1002.16亿元提高到预计的1420亿元 (presumably as 预计的 stands
between the verb and the figure); wrong, its title's 2026年地区生产总值突破2000亿元, a goal for 2026, read as a target of that
year; nine proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Eight more (`blind371`, reviewing 2017 to 2025 in Jiangsu, Zhejiang, Guangdong and Shandong) were found in the stored pages,
all government work reports of districts of prefecture-level cities: binhu-2023-gwr, a report-collection site's copy of the
report the district head 李平 delivered to 无锡's 滨湖区 early in 2023, reviewing 2022, with no title or date (13 labels,
expected: the GDP 1075亿元 and 5%, 一般公共预算收入105亿元（同口径） as the local revenue with its one growth,
扣除留抵退税因素增长0.5%, industry 7.8%, investment 300亿元, retail sales 290亿元 and 8%, 进出口总额37.2亿美元、增长6.9%,
出口27.1亿美元、增长13.4% as 出口总额 and 实际使用外资5.4亿美元; 预计再次突破千亿 a milestone, not labelled);
tongzhou-2018-gwr, a local news site's account in the report's words of the report the acting district head 凌屹 delivered to
南通's 通州区 on 16 January 2018 (4 labels, expected: 实际利用外资3亿美元, investment 710亿元 and 10%, retail sales 375亿元;
工业应税销售超1000亿元 no catalogue figure); chongchuan-2024-gwr and chongchuan-2023-gwr, a report-collection site's copies of
the reports the district head 杨万平 delivered to 南通's 崇川区 on 13 January 2024 and 11 January 2023 (8 labels and 6,
expected: the GDP 1750亿元 and 6%左右, the local revenue 113.2亿元 with its worded growth 与上年度持平, retail sales 720亿元
and 6.5%, 城镇居民人均可支配收入达6.8万元 and 外贸进出口总额689亿元 as 进出口总额 in 亿元; then the GDP 1700亿元以上 and 3%,
一般公共预算收入（还原口径）133.5亿元，增长6%, retail sales 700亿元 and trade 702亿元; the taxable sales of industry and
services not labelled); shunde-2026-gwr, 佛山新闻网's report of the opening on 16 March 2026 of 顺德区's congress, where the
district head 吕园园 reviewed 2025 and the 十四五 years (4 labels: 地区生产总值达到4469亿元 as 2025's level, expected, its
growth over the 十三五's end not labelled, and the targets of 2026, the GDP's 4.5%左右, 地方一般公共预算收入增长2% and
居民人均可支配收入增长与经济增长同步); kuiwen-2025-gwr, the second page of a report-collection site's copy of 潍坊's 奎文区
report of early 2025 (6 labels, targets of 2025: the GDP 6%左右, the local revenue 4%左右, investment and retail sales 5%左右,
industry 7%左右 and 城镇居民人均可支配收入 5%左右; the closing 节能减排降碳 quota names no single indicator);
longwan-2020-gwr, the report the district head 周一富 delivered to 温州's 龙湾区 on 27 April 2020, reviewing 2019, on the
district's site under the notice that circulates it (5 labels, final as given in April: the GDP's 8.2%, the local revenue's
13.7%, 城乡居民人均可支配收入分别增长8.7%、9.8% shared out, and 研发经费投入强度达2.7%); and haimen-2024-gwr, a
report-collection site's copy of the report the district head 沈旭东 delivered to 南通's 海门区 on 11 January 2024 (4 labels,
expected: the GDP 1690亿元 and 6%, the local revenue 75亿元 and 33.6%); all cut at their last whole sentence, half-width
punctuation written back full-width. The set was asked for the work and plan reports of districts of prefecture-level cities
(not provincial capitals) of Jiangsu, Zhejiang, Guangdong, Shandong and Fujian reviewing 2010 to 2025; the thirty look-ups the
brief allowed (all used; the tool never said the budget was spent) named 滨湖, 鹿城, 南海, 武进, 通州, 芝罘, 柯桥, 顺德, 丰泽,
香洲, 奎文, 芗城, 锡山, 天宁, 福山, 上虞, 禅城, 瓯海, the plan reports of Jiangsu's districts, 海门, 涵江, 兰山, 惠阳, 新罗,
新会, 张店, 泉港, 斗门, 寒亭 and 新北; they reached reports the corpus holds (武进 2025, 通州 2010 and its plan reviewing
2024, 蓬莱 2023, 顺德 2021 and 2022, 龙湾 2018, 东昌府 2018, 新会's plan reviewing 2017, 斗门 2021, 海门市 2019), openings
that stop before any figure (鹿城 2020, whose one figure is in the clause the copy cuts, 惠城 2023, 新会 2024, 江海 2025, 新北
2016), copies in traditional characters (金坛 2023, 斗门's plan of 2025), a feature on 柯桥's five years to 2016 giving only
growths over the five years, statistical bulletins, yearbooks and encyclopaedia pages (上虞, 奎文, 福山, 潍城, 芝罘), reports
of county-level cities (海门市 before 2020, 青州, 张家港) and of the cities themselves, so that the set holds eight reports;
they were labelled by hand before extraction ran on them (50 labels), and scored once on the branch as it stood (42886e1):
recall 88.0% (44/50), precision 89.8% (44/49): missed, chongchuan-2024-gwr's worded 一般公共预算收入…与上年度持平;
longwan-2020-gwr's five results (全年实现地区生产总值增长8.2%, 一般公共预算收入增长13.7%,
城乡居民人均可支配收入分别增长8.7%、9.8% and 研发经费投入强度达2.7%) were read with kind expected where the labels say final,
the report having been delivered on 27 April 2020, so that they count as five missed and five wrong; seventeen proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind372`, reviewing 2024 and 2025 in Jiangxi and Fujian) were found in the stored pages, both news of work
reports: ganzhou-2025-gwr, a news report, as a reposting site gives it with no title or date, of the close on 12 and 13
January 2025 of 赣州's two sessions, quoting the report's targets (3 labels, targets of 2025: “GDP增长5.5%左右，规模以上
工业增加值增长8.5%左右，固定资产投资增长6%左右……” as the GDP, industry and investment, each as written; the results of 2024 given in words
alone); and xianyou-2025-gwr, 仙游今报's digest under eight keywords of the report put to 仙游's congress on 24 December 2025,
reviewing 2025 (1 label, expected: 空气质量优良率保持在99%以上 as 优良空气天数比例); both with half-width punctuation written back full-width.
The set was asked for the work and plan reports delivered in 2025 or 2026 of any city, district or county, place-years the
corpus lacks; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named counties,
districts and cities reviewing 2024 or 2025 in general words and 上饶, 襄阳, 汇川区, 吉安, 丰城, 兰山区, 麒麟区, 顺德 (twice), 宜都, 南海, 晋江, 义乌
and 黄冈; they reached mostly place-years the corpus holds (汉滨, 九原's plan, 德宏, 中山, 安庆, 硚口, 历城, 龙岗, 昆明, 霞山 and 襄阳 2024, 陵川, 黄龙,
乐山, 长沙县, 咸阳, 福州, 青岛 and 武进 2025), copies in traditional characters (上饶 2023, 麻阳, 诏安, 北京, 蓬江, 宜都 2024, 黄冈 2024, 晋江's digest
of 2026), openings that stop before any catalogue figure (政和, 隆回, 南京, 九原, 铜陵's 郊区, 金湾, 襄阳's report of 2026, 江海 with ranks
alone), copies with figures masked (上杭) or machine-written (镇原, 沧源), statistical bulletins, a year-end news item of 丰城 not
drawn from the report, party meetings (南海, 晋江) and the national and provincial reports, so that the set holds two reports.
The helper also labelled shunde-2026-gwr (顺德 2025, 4 labels), which blind371's helper had found at the same time, with the
same four labels; it stays in blind371, and was taken out of this set on merging. The two reports were labelled by hand
before extraction ran on them (4 labels), and scored once on the branch as it stood (788bfbd): recall 0% (0/4), precision 0%
(0/4) (with shunde-2026-gwr, 4/8 and 4/8, its four found): missed, and proposed instead with the wrong year and kind,
ganzhou-2025-gwr's three targets (read as expected results of 2024, the quoted list standing before its words
2025年赣州经济社会发展的主要预期目标) and xianyou-2025-gwr's 空气质量优良率保持在99%以上 (read as a target of 2026, presumably for its 保持在); three
proposals of indicators outside the catalogue left out (with shunde-2026-gwr's); the cites test passed; no label changed.
Two more (`blind373`, reviewing 2022 in Sichuan and Hunan) were found in the stored pages, both government work reports of
counties and county-level cities: jianyang-2023-gwr, the report the mayor 苏呈祥 delivered to the second session of 简阳's
18th congress, reviewing 2022, as a reposting site gives it with no date (delivered given as 2023) (11 labels, expected:
the GDP 486亿元 and 1%, 规上工业增加值增速-7.8%, investment and retail sales in level and growth, the local revenue
32.88亿元 and its 增速-0.25%, and the urban and rural incomes' 5.5% and 6%); and huitong-2022-gwr, the report the county
head 苏振 delivered to 会同's congress on 20 December 2022, named for the year delivered (8 labels, expected: the growths of
the GDP, investment, industry, the local revenue and retail sales, 城乡居民人均可支配收入分别增长6%和8% for each side, and
完成固定资产投资53.15亿元 as investment's level, taken for the county's whole investment by its breakdown though the
sentence opens with the key projects begun); both cut at their last whole sentence, half-width punctuation written back
full-width. The set was asked for the work and plan reports of districts, counties and county-level cities of Guangdong,
Sichuan, Chongqing, Hubei, Hunan, Henan, Anhui, Jiangxi and Beijing reviewing 2012 to 2025, place-years the corpus lacks;
the look-ups, the whole budget of thirty, named 朝阳, 顺义, 房山, 浏阳, 肥东, 天长, 简阳, 綦江, 郫都, 江油, 巩义, 永城, 于都,
从化, 惠阳, 英德 and 当阳, and the work reports and plan reports of the counties of those provinces in general; they reached
mostly place-years the corpus holds (简阳 2019 and 2021, 永川 2021, 安居 2021, 渝中 2023, 中江 2022, 长沙县 2022, 湘潭县
2022, 君山 2022, 东安 2022, 新郑 2023, 封丘 and 延津 2024, 于都 2022, 进贤, 上饶县 and 上杭 2018 and 2019, 大余 2017, 靖安
2024, 谷城 2020, 黄梅 2016, 霍山 2022, 霍邱 2023, 全椒, 庐江 and 肥西 2021, 德庆 2019, 阳西, 新兴, 郁南 and 诏安 2022, 陆丰
2021), copies in traditional characters (涪城 2018, 英德 2021, 宜都 2024, 麻阳 2025), openings that stop before any
catalogue figure (朝阳 2020, 新密 2020, 鲁山 2019, 宜黄 2022, 惠城 2023, 长宁县 2022, 歙县 and 安岳 2021, 隆回 2024,
大兴's plan reviewing 2017) or give only five years' averages and cumulative growths (郫都 2020, 天长 2015), half-year plan
reports of 朝阳, statistical bulletins and news. The helper also labelled a third report, xiaoxian-2021-gwr (萧县, 3
labels), which blind369's helper had found at the same time; it stays in blind369, and was taken out of this set on
merging. The set's two reports were labelled by hand before extraction ran on them (19 labels), and scored once on the
branch as it stood (d9cd4a6): recall 100% (19/19), precision 100% (19/19) (with xiaoxian-2021-gwr, 22/22 and 22/23: its
五年 averages 规上工业增加值、…、战新产业产值年均分别增长9.8% proposed as industry's growth of 2021, as in blind369);
fourteen proposals of indicators outside the catalogue left out (with xiaoxian-2021-gwr's two); the cites test passed; no
label changed.
Three more (`blind375`, reviewing 2017 and 2020 in Hubei) were found in the stored pages, all government work reports of
county-level cities: daye-2018-gwr, 大冶's report reviewing 2017, delivered late in 2017 (it speaks of 今年以来 and
预计2017年), as the city's site posted it in October 2020 with no title, date or speaker, named for the year it plans as
daye-2017-gwr (reviewing 2016) is taken (15 labels, expected: the GDP, 规模以上工业增加值, investment and retail sales, each
in level and growth, 财政总收入增长7.2% as the total revenue, 一般公共预算收入增长5% as the local revenue,
城镇、农村常住居民人均可支配收入分别为36008元、18346元，均增长8% for each side, and 实际利用外资2630万美元; the industrial
output value and the retail sales above quota not labelled); zaoyang-2021-gwr, the report the mayor 武义泉 delivered to 枣阳's
congress on 24 December 2020, as 公文搜 gives it with fixed-width lines (1 label, expected: 全市地区生产总值预计达到660亿元;
its 年均增长约8%, a five years' average, not labelled; the sentence with the services' value added, where the copy breaks off,
left out); and hanchuan-2021-gwr, the report the mayor 黄建军 delivered to 汉川's congress on 29 December 2020, as a document
site gives it on one line (1 label, expected: 全市共有高新技术企业71家, a count of 2020); all cut at their last whole
sentence, half-width punctuation written back full-width. The set was asked for the work and plan reports of counties and
county-level cities of Hubei, Shaanxi, Gansu and Shanxi reviewing 2017 to 2025, place-years the corpus lacks; the thirty
look-ups the brief allowed (all used; the tool never said the budget was spent) named the counties of the four provinces in
general (nine times, twice by their plan reports), 枝江, 神木, 孝义, 玉门, 府谷, 介休, 敦煌, 大冶, 仙桃, 韩城, 高平, 临夏,
富平, 钟祥, 怀仁, 灵石, 秦安, 旬阳, 华亭, 彬州 and 汉川; they reached mostly place-years the corpus holds (谷城 and 钟祥 2020,
陇县 2019, 浮山 2018, 玉门, 灵丘 and 交城 2022, 大冶 2016, 2021, 2022 and 2024, 仙桃 2014 and 2017, 大宁 and 夏县 2023, 灵石
2021, 大荔 2014), copies in traditional characters (延长 2016, 平利 2015, 旬阳 2018, 彬州 2024), openings that stop before any
catalogue figure or give five years' figures and milestones alone (江陵 and 洪湖 2020, 澄城 2017, 仙桃 2021 and 2025, 丹江口's
second page, with no year, 洪湖's plan reviewing 2021, cut inside its first figure), a copy with figures masked (汉川 2023), a
machine translation (侯马 2020), news, encyclopaedia pages and statistical bulletins, prefecture-level cities (平凉, 酒泉,
汉中, 渭南, 宜昌, 商洛, 宝鸡) and a district (汉滨), so that the set holds three reports; they were labelled by hand before
extraction ran on them (17 labels), and scored once on the branch as it stood (45c16fa): recall 94.1% (16/17), precision 100%
(16/16): missed, hanchuan-2021-gwr's 全市共有高新技术企业71家 (presumably as it stands in the five years' review, in a list of
counts with no year); ten proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Three more (`blind376`, reviewing 2022 and 2024 in the districts of Qingdao) were found in the stored pages, all government
work reports: chengyang-2025-gwr, 半岛网's news, largely in the report's words, of the report the district head 殷连刚 delivered
to 城阳's congress on 6 January 2025 (1 label, expected: 预计规上工业增加值增长11%以上; the car dealers', visitors' and key projects'
figures no catalogue figures); shinan-2025-gwr, a farming-news site's repost of the report the district head 刘存东 delivered
to 市南's fourth session of its 19th congress, with no date of the session (delivered given as 2025; the session sits in
January, so the results are expected) (5 labels: the GDP's 5%以上, investment's 6%左右, 一般公共预算收入完成87.3亿元 as the local revenue
with its one growth, 还原政策性退税减税后，同比增长1.3%, and 居民人均可支配收入与GDP增长同步 as a worded growth); and shinan-2023-gwr, a forum's copy of
the report 刘存东 delivered to 市南's congress on 7 January 2023 (1 label, expected: 一般公共预算收入还原留抵退税因素后同比增长5.8%;
预计全年地区生产总值突破1450亿元 a milestone, not labelled); all cut at their last whole sentence, half-width punctuation written back
full-width. The set was asked for the work and plan reports of the districts of Qingdao, Dalian, Shenyang, Harbin,
Changchun, Shijiazhuang and Taiyuan reviewing 2010 to 2025; the thirty look-ups the brief allowed (all used; the tool never
said the budget was spent) named 崂山 (twice), 城阳 (twice), 市北, 即墨, 李沧 and 市南 of Qingdao, 甘井子, 金州, 沙河口 and 中山 of Dalian, 皇姑,
于洪, 浑南, 大东, 苏家屯 and 皇姑's plan of Shenyang, 香坊, 道外 and 松北 of Harbin, 南关, 朝阳 and 宽城 of Changchun, 裕华, 长安 and 鹿泉 of
Shijiazhuang, and 小店, 迎泽 and 万柏林 of Taiyuan; they reached reports the corpus holds (旅顺口 2022, 普兰店 2021, 平房 2019, 沈河's plans
reviewing 2021 and 2022, 沈河 2019, 大东 2009, 藁城 2017, 李沧 2022, 晋源 2022, 黄岛 2017 as 西海岸新区), openings that stop before any
catalogue figure (沈河 2021, 市南 2018, 李沧 2024, whose one figure is of three quarters) or give only five years' averages and
milestones (黄岛 2025, 道里 2025, 香坊's aims to 2021), 市北 2024, whose targets of 2025 stand in the sentence where the stored copy
breaks off, a copy in traditional characters (市南 2023), news of 金州新区 set against the city's report, statistical bulletins
(大东 2022 and 2023), encyclopaedia pages and the cities' own reports, so that the set holds three reports; they were labelled
by hand before extraction ran on them (7 labels), and scored once on the branch as it stood (b202457): recall 71.4% (5/7),
precision 100% (5/5): missed, the two growths of 市南's revenue on the restored basis, shinan-2025-gwr's
一般公共预算收入完成87.3亿元，还原政策性退税减税后，同比增长1.3% (its level found) and shinan-2023-gwr's 一般公共预算收入还原留抵退税因素后同比增长5.8% (presumably as the
basis stands between the name and the growth); two proposals of indicators outside the catalogue left out; the cites test
passed; no label changed.
Three more (`blind378`, reviewing 2020 to 2022 in Guangdong and Zhejiang) were found in the stored pages: zhanjiang-2023-gwr,
the report the mayor 曾进泽 delivered to 湛江's congress on 9 February 2023, as district.ce.cn reposts it (10 labels, expected: the
GDP, retail sales, 货物进出口总额 as 进出口总额 and 实际利用外资, each in level and growth, in 亿元 as written, 规上工业增加值1006.74亿元, its 首次突破千亿元大关
beside it no second value, and the local revenue's 146.89亿元; the ranks not labelled); jinhua-2021-plan, the abstract of 金华's
plan report on 2020 as the city's site posted it from 金华日报 on 1 March 2021 (2 labels, expected: 实现生产总值4704亿元，增长2.8%;
新认定国家高新技术企业426家, an increment, not labelled); and jinhua-2022-plan, the next year's abstract, posted on 25 April 2022 with no
date of its session, so that its results are final (6 labels: the GDP in level and growth, 规上工业增加值增长21.3%,
全体居民人均可支配收入55880元，增长10.5% as 居民人均可支配收入, investment's 16%; the margins over the province, 民间投资 and 新增国家高新技术企业531家 not
labelled); all cut at their last whole sentence, half-width punctuation written back full-width. The set was asked for the
plan reports of prefecture-level cities reviewing 2017 to 2025, and their work reports; the thirty look-ups the brief allowed
(all used; the tool never said the budget was spent) named plan reports reviewing 2017 to 2024 in general words, the plans a
city government issues (印发…计划的通知), and 包头, 绵阳, 柳州, 大庆, 宜宾, 南充, 湛江, 宝鸡, 江门, 金华 (twice), 株洲, 衢州, 台州, 湖州, 嘉兴, 温州 and 泉州; they
reached mostly place-years the corpus holds (新乡's plan reviewing 2023, 咸阳's of 2022, 遂宁's of 2020, 高邮's of 2020, 赤峰, 湛江 and 嘉兴
2024, 来宾, 江门 and 金华 2023, 南充 2021 and 2022, 湛江 2017 and 2021, 温州 2020, 商丘 and 嵊州 2017, 威海 and 湖州 2016), copies in traditional
characters (通辽's plan reviewing 2019, 鹰潭's plan of 2021, 临汾's and 西安's aims of 2020 and 2021, 商洛 2017, 婺城区's plan), openings
that stop before any catalogue figure (珠海's plan of 2018, 柳州 2023, 台州's report of 2022, broken off inside its first sentence
of figures) or give only five years' averages and milestones (宜宾 and 大庆 2021), 鄂州's committee review of its plan on 2017,
whose copy lost its decimal points (地区生产总值增长82%), copies with figures masked, statistical bulletins, and counties and
districts (路桥, 余杭, 涪城, 柳林, 桂平, 浮山, 二连浩特), so that the set holds three reports; they were labelled by hand before extraction
ran on them (18 labels), and scored once on the branch as it stood (ba3f4fa): recall 100% (18/18), precision 100% (18/18):
nothing missed and nothing wrong; seventeen proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.
Four more (`blind379`, reviewing 2011 to 2024 in the districts of Lanzhou, Hohhot and Yinchuan) were found in the stored pages,
all work reports of districts or news of one: qilihe-2011-gwr, the report the acting district head 王宏 delivered to the first
session of 七里河's 17th congress on 12 October 2011 on the five years to 2011, as a plans site gives it with no title (6
labels, expected: the end levels of spans from 2006, 地区生产总值…增加到237.43亿元, 地区财政收入…增加到22.41亿元 read as the
total revenue, 一般预算收入…增加到4.98亿元 as the local revenue, retail sales 116.62亿元 and the urban income and rural net
income 14870元和7803元; the averages and the cumulative investment not labelled); yuquan-2013-gwr, the report the district
head 王继平 delivered to 玉泉's congress on 31 December 2013, reviewing 2013 (12 labels, expected: the GDP, 地方财政总收入 as the
total revenue, investment, retail sales, the urban income and 农民人均纯收入, each in level and growth); yuquan-2018-gwr, the
report the acting district head 云鉴 gave 玉泉's congress early in 2018 on the five years to 2017, on the district's site (5
labels, expected: the GDP's end level 340亿元, 一般公共预算收入17.6亿元 as the local revenue, retail sales 250亿元 and the urban
and rural incomes 42003元 and 19024元; the five years' averages not labelled); and xingqing-2025-gwr, 宁夏日报's news of
兴庆区's sessions of January 2025 telling the year's work from the report (1 label, a target of 2025:
确保固定资产投资达到120亿元以上; the promotions' 力争销售额突破300亿元 no catalogue aggregate); all cut at their last whole
sentence, half-width punctuation written back full-width. The set was asked for the work and plan reports of the districts
of Xi'an, Lanzhou, Yinchuan, Xining, Urumqi, Hohhot, Guiyang and Zhengzhou reviewing 2010 to 2025; twenty-nine look-ups of
the search budget of thirty named 莲湖 (three times, once by its plans), 碑林 (twice), 未央, 雁塔, 长安, 临潼, 阎良 and 高陵,
新城区 of Xi'an (by its plans), 城关 (twice), 七里河, 安宁 and 西固, 金凤, 兴庆 and 西夏, 城西, 城东 (twice) and 城北, 天山, 米东,
沙依巴克 and 水磨沟, 回民 and 玉泉 (twice each), 新城区 and 赛罕 of Hohhot, 云岩 (twice), 南明, 观山湖, 白云, 乌当 and 花溪, and
金水 (three times, once by its plans), 二七, 上街 and 惠济 (by their plans); they reached reports the corpus
holds (二七 2017, 灞桥 2022, 雁塔 2015 and 2024, 新城区 of Xi'an 2010, 赛罕 2015, 兴庆 2020), 玉泉's report reviewing 2022,
whose one sentence of figures is where the stored copy breaks off (its revenue and investment written 2001亿元 and
4289亿元, decimal points dropped), openings that stop before any figure (新城区 of Hohhot's plans reviewing 2020 and 2022,
临潼 2020, 沙依巴克 2023, 中原 2023, 西夏's report of November 2021), copies in traditional characters (城中 2022, 湟中 2023),
未央's work points of 2019 and a press conference on its 2024, which are no reports, a district head's words on 西宁's city
report (城东 2023), and the cities' own reports, statistical bulletins and gazetteers, so that the set holds four reports;
they were labelled by hand before extraction ran on them (24 labels), and scored once on the branch as it stood (2e79b7d):
recall 95.8% (23/24), precision 100% (23/23): missed, qilihe-2011-gwr's 地区财政收入由14.35亿元增加到22.41亿元 as the total
revenue (presumably as 地区财政收入 is not among the total revenue's names); nothing wrong; eight proposals of indicators
One more (`blind380`, reviewing 2024 in Inner Mongolia) was found in the stored pages: manzhouli-2025-gwr, the feature
article (开幕侧记) of 满洲里's news site (mzlakn.com) of 21 January 2025 on the opening of the fifth session of the 16th
congress of 满洲里, a county-level city under 呼伦贝尔, where 岳国栋 delivered the work report on 20 January 2025, with the
report's account of 2024 quoted in two passages, cut at the last whole sentence before the stored copy breaks off,
half-width punctuation written back full-width (2 labels, expected: 预计全年地区生产总值增长5%左右 and 一般公共预算收入增长28%左右 as the local
revenue; the key projects, the investment brought in (累计到位资金29.8亿元), the port's freight and trains and the
comprehensive bonded zone's 全年进出口值完成140.4亿元, one zone's trade, not labelled). The set was asked for the work and plan
reports of the counties, banners, county-level cities and districts of Xinjiang, Tibet, Qinghai, Ningxia and Inner
Mongolia reviewing 2010 to 2025, place-years the corpus lacks; the thirty look-ups the brief allowed (all used; the
tool never said the budget was spent) named the banners, counties and districts of each region by report words and
years, the reposting sites' titles ((宁夏)/(新疆)…人民政府工作报告(全文)), 格尔木, 乌审旗, 灵武, 库尔勒, 互助, 满洲里, 平罗, 堆龙德庆区, 利通区, 伊宁市, 四子王旗,
青铜峡, 昌吉市, 鄂托克旗 and 杭锦旗, the banners' and Xinjiang counties' plan reports, and the counties by their regions' words
(在州党委、州人民政府和县委的坚强领导下, 治疆方略, 先行区, 三江源); they reached mostly reports the corpus holds (准格尔旗 2015, 新巴尔虎左旗 2017, 正蓝旗 2018,
乌拉特前旗 2019, 麦盖提 2020, 天峻, 苏尼特左旗, 西乌珠穆沁旗 and 东乌珠穆沁旗 2021, 苏尼特右旗 2022, 土默特左旗 2023, 尉犁 and 湟源 2024, 中宁 2025, 和林格尔 2010),
copies in traditional characters (和硕 2017, 土默特左旗's report of December 2017), news of congresses that stop before any
figure (阿拉善右旗 2023, 杭锦后旗 2025) or have no address (伊吾 2023), a banner's report with its years blanked, news of 堆龙德庆区's
results of 2021 (no report), 利通区's five-year summary (averages and multiples alone), 互助's anniversary press
conference, the provinces, prefecture-level cities and prefectures (包头, 中卫, 果洛, 山南, 拉萨, 吐鲁番, 乌鲁木齐, 克拉玛依, 海南州),
yearbooks (乌拉特中旗, 正镶白旗, 四子王旗, 鄂托克旗, 杭锦旗, 满洲里), statistical bulletins (伊吾, 泾源, 满洲里, 昌吉市), encyclopaedia pages (灵武, 伊宁)
and counties of other provinces, so that the set holds one report; it was labelled by hand before extraction ran on it
(2 labels), and scored once on the branch as it stood (736b162): recall 100% (2/2), precision 66.7% (2/3): both found;
one wrong, the bonded zone's 全年进出口值完成140.4亿元 proposed as 进出口总额 of 2024, one zone's trade that the labels leave out;
three proposals of indicators outside the catalogue left out; the cites test passed; no label changed.

One more (`blind381`, reviewing 2025 in Zhejiang, a work report of a prefecture-level city) was found in the stored pages:
wenzhou-2026-gwr, a news commentary, as NetEase's 网易号 channel gives it with no title, byline or date, on the work report given
at the opening on 20 January 2026 of the sixth session of 温州's 14th congress, reviewing 2025 and the 十四五 years, cut at its
last whole sentence, half-width punctuation written back full-width (2 labels: 去年温州规上工业增加值同比增长10.3% as industry's
growth of 2025, expected, and 2024年，温州全市地区生产总值已经达到9719亿元 as the GDP of 2024, final, a year before the one
reviewed stated as such; 温州2025年地区生产总值突破万亿元大关, a milestone, the growths 11.4% and 12.6% of the five traditional
and five new leading industries, sub-sectors, and the shares not labelled). The set was asked for the work and plan reports
delivered in January to March 2026, reviewing 2025, of prefecture-level cities of any province, city-years the corpus lacks;
the thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named 绍兴, 洛阳, 宜宾 with 绵阳 and
南充, 襄阳 with 宜昌, 徐州 with 扬州 and 南通, 温州 with 台州 and 金华, 岳阳 with 常德, 株洲 and 衡阳, 芜湖 with 蚌埠, 阜阳 and
安庆, 潍坊 with 淄博, 临沂 and 济宁, 泉州 with 漳州, 莆田 and 龙岩, 佛山 with 惠州, 汕头 and 湛江, 长春 with 哈尔滨, 沈阳 and
大连, 昆明 with 贵阳, 南宁, 遵义 and 曲靖, 太原 with 大同, 榆林, 宝鸡, 呼和浩特 and 包头, 泰州 and 中山, and the cities'
reports and plan reports of 2026 in general words, by their date lines, headings and news styles; they reached mostly
place-years the corpus holds (上海, 福州, 乐山, 青岛, 济南 at a second address, 咸阳, 重庆, 烟台's work report, 姜堰 and 弋江
2025), openings that stop before any catalogue figure (襄阳's full report of 14 January 2026, 宜宾's targets of 2026, 烟台's plan
reviewing 2025, 泰州's CPPCC discussion of 21 January 2026), news giving only milestones and five-year averages (扬州 2025), a
resolution (泰州 2026), copies in traditional characters (北京 2026, 泰兴 2026, 嘉兴 2025), reports of 2025 reviewing 2024
(宜宾, 安庆, 芜湖, 中山, 昆明), provincial and national reports, templates with masked figures, statistical bulletins and
ranking pages, so that the set holds one report; it was labelled by hand before extraction ran on it (2 labels), and scored
once on the branch as it stood (d770aa4): recall 50% (1/2), precision 100% (1/1): missed, the GDP of 2024 given as the
commentary's background (2024年，温州全市地区生产总值已经达到9719亿元), not proposed; nothing wrong; two proposals of indicators
outside the catalogue left out; the cites test passed; no label changed.
Eight more (`blind382`, reviewing 2015 to 2025 in the districts of Jiaxing, Zhoushan, Jinhua, Xuzhou and Lishui) were found in
the stored pages, seven work reports or accounts of them and one plan report, all of districts: nanhu-2016-gwr, the report 朱苗
delivered to 南湖's congress on 2 March 2016, as 浙江物流网 reposts it from 嘉兴日报 (15 labels, expected: the district proper's GDP (小口径),
the local revenue, investment and retail sales, each in level and growth, the urban and rural incomes in level and growth,
进出口总额29.5亿美元, and 服务业增加值 as the tertiary sector's in level and growth; 服务业税收 and its share of 财政总收入 not labelled);
dinghai-2021-gwr, the digest (摘要) of 定海's report reviewing 2020, as the district's news site posted it on 18 January 2021 (4
labels, expected: “十三五”末预计实现地区生产总值575亿元, 一般公共预算收入32亿元 as the local revenue, and the urban and rural incomes 70046元 and 38666元,
the levels of 2020; their growths over the end of the 十二五, cumulative, 区本级's part of the revenue and the five years' 节能减排 quota
not labelled); dinghai-2025-gwr, the report 孙丹燕 delivered to 定海's congress on 26 February 2025, on a reports site with no title
(4 labels, expected: the GDP 772.8亿元 and 4.7%, the local revenue's 5.2% and 全体居民人均可支配收入增长4.7% as 居民人均可支配收入); jindong-2020-gwr,
中新网's dispatch of 20 April 2020, on a reports mirror, on the report the acting district head 高峰 delivered to 金东's congress, held
in April after the epidemic's delay (10 labels, final: the GDP, the local revenue, investment and retail sales, each in level
and growth, and the urban and rural incomes' growths 8.6% and 9.4%, the GDP and the incomes, given twice, labelled once);
yunlong-2026-gwr, 凤凰网江苏's report of 14 January 2026 on the work report of 云龙区 (Xuzhou), with no headline (5 labels: the GDP
530亿元 and the local revenue 32.54亿元 and 5.6%, expected, and the targets of 2026, the GDP's 5%左右 and the local revenue's 3%左右);
liandu-2020-plan, 莲都's plan report on 2019 as the district's site gives it with no title (page of 4 June 2020, no day of
delivery, the date assumed early in the year as for liandu-2025-plan; 21 labels, expected: the GDP and the three sectors, each
in level and growth, the district level's 规上工业增加值 in level and growth, 区属固定资产投资增长13.6% as investment, retail sales, 出口总额 and the
local revenue, each in level and growth, and the urban and rural incomes in level and growth; the year's own target quoted in
the review, 增速高于年初预期目标（7.0%）, not labelled); liandu-2023-gwr, 莲都's report reviewing 2022 on a documents site, its outline of
headings left out (7 labels, expected: the growths of the GDP, of 区本级 investment and 规上工业增加值, of 服务业增加值 as the tertiary
sector's, of retail sales and of the urban and rural incomes; 农业增加值, not the primary sector, not labelled); and liandu-2026-gwr,
a travel-news site's feature on 莲都's sessions of 2 to 6 February 2026 quoting the work report (3 labels, expected:
地区生产总值617.6亿元, its 首次突破600亿元大关 a milestone not labelled, and the incomes' growths 5.5% and 5.9%; 区本级新增高新技术企业14家, new firms of
the year, not labelled); all cut at their last whole sentence, half-width punctuation written back full-width. The set was asked
for the work and plan reports of the districts of the prefecture-level cities of Jiangsu and Zhejiang reviewing 2010 to 2025,
district-years the corpus lacks; twenty-seven look-ups of the search budget of thirty named 邗江, 椒江, 婺城, 铜山, 广陵, 亭湖, 丹徒, 黄岩, 路桥,
南湖, 柯城, 定海, 淮阴, 吴兴, 海州, 金东, 江都, 秀洲, 贾汪, 大丰, 衢江, 京口, 高港, 云龙, 莲都, 清江浦 and 宿城; they reached mostly reports the corpus holds (泉山
2024, 连云 2023, 海陵 2024, 南浔 2023, 宿城 2023, 莲都's plan reviewing 2024), copies in traditional characters (邗江 2021, 婺城's plan
reviewing 2022, 秀洲 2023, 大丰 2018, 金东 2023, 洪泽 2025), openings that stop before any figure (路桥 2023, the second pages of 江都 2025
and 宿豫 2025, 亭湖 2021, 秀洲 2026, 清江浦 2022, 金东 2016), 黄岩's news of January 2018, whose only figures stand in the sentence where the
copy breaks off, a party congress report (邗江 2016), a district head's speech to the government's plenary meeting (柯城 2008), a
party secretary's interview (京口 2020), a newspaper's account of 云龙's year 2020 that does not name the report, a
question-and-answer summary (赣榆 2025), statistical bulletins, yearbooks, encyclopaedia pages and the cities' reports, so that
the set holds eight reports; they were labelled by hand before extraction ran on them (69 labels), and scored once on the branch
as it stood (5a6e0de): recall 100% (69/69), precision 100% (69/69): nothing missed and nothing wrong; sixteen proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.
Eight more (`blind383`, reviewing 2020 to 2025 in the districts of Zhanjiang, Shaoguan, Shanwei, Shantou and Sanming) were
found in the stored pages: mazhang-2021-gwr, the report the district head 陈思远 delivered to 麻章's congress, as the district's
site gives it with characters lost (──2021年310日…第次会议上, read as 10 March 2021; 模以上 for 规模以上) (11 labels, expected: the
GDP, 模以上工业增加值 and 一般公共预算收入 as the local revenue, each in level and growth, retail sales, 外贸进出口总额36.76亿元,
实际利用外资741万美元 and 居民人均可支配收入 in level and growth); zhenjiangsg-2021-gwr, the report the district head 胡德宁
delivered to 浈江's congress on 5 February 2021, named so as zhenjiang is 镇江 (5 labels, expected: the levels of 2020 of the
GDP, the three sectors and the local revenue; their growths over 2015 and the five years' averages not labelled, nor
新认定…高新技术企业50家, the firms newly recognised over five years); shanweichengqu-2025-plan, the plan report of 汕尾市城区
reviewing 2024, whose stored copy begins at the session line with no date (2 labels, expected: the GDP in level and growth);
shaxian-2026-gwr, the report the district head 吴晓峰 delivered to 沙县's congress on 29 December 2025 (6 labels, expected:
the growths of the GDP, industry, the local revenue, retail sales and the urban and rural incomes); shaxian-2023-plan, 沙县's
plan report reviewing 2022, delivered in December 2022 (it speaks of 今年以来), its table's 全年目标 column labelled as 2022's
targets and its 预计完成情况 column as expected, the prose's GDP growth labelled once as the table gives it (15 labels;
实际利用外资2000万元 and 4000万元, in 万元, not labelled); shaxian-2025-gwr, the second page of a paginated copy of 沙县's report
for 2025, beginning at 二、2025年工作安排 with no title or date (8 labels, targets of 2025, 实际利用外资到资380万美元 among them);
potou-2021-gwr, news of 坡头's report put to the congress that sat from 25 to 27 April 2021 (2 labels, final: the GDP in level
and growth); and haojiang-2023-gwr, the report the district head 黄鹏伟 delivered to 濠江's congress on 23 March 2023, as a
report-collection site gives it (5 labels, expected: the levels of the GDP, industry, investment, retail sales and the local
revenue); all cut at their last whole sentence, half-width punctuation written back full-width. The set was asked for the work
and plan reports of the districts of the prefecture-level cities of Guangdong and Fujian reviewing 2010 to 2025; the thirty
look-ups the brief allowed (all used; the tool never said the budget was spent) named 潮阳, 澄海, 赤坎, 惠城, 涵江, 新罗, 丰泽
(three times, the last reaching 濠江), 端州, 电白, 芗城, 城厢, 三元, 蕉城, 延平, 麻章's plan, 蓬江's plan, 浈江, 鲤城, 清新, 茂南, 潮南, 永定, 惠阳, 高要, 沙县,
建阳, 龙海 and 龙文, and 坡头; they reached reports the corpus holds (龙湖 2022, 荔城 2022, 长乐 2022, 台江 2015, 湖里 2015, 斗门
2021, 番禺 2022, 汕尾市城区 2019, 霞山 2024, 陆丰 2021), openings that stop before any catalogue figure (惠城 2023, 鼎湖's plan
reviewing 2020) or give five years' averages alone (延平 2016), a page that begins inside a report with no title or year (丰泽,
reviewing 2023), copies with figures or years masked (秀屿 2023, 上杭), copies in traditional characters (赤坎 2024, 蓬江 2025,
麻章 2019, 浈江 2023), half-year plan reports (清新, 清城), features, encyclopaedia pages and the cities' own reports, so that
the set holds eight reports; they were labelled by hand before extraction ran on them (54 labels), and scored once on the
branch as it stood (c91ce2d): recall 77.8% (42/54), precision 77.8% (42/54): missed, all eleven of mazhang-2021-gwr's labels,
nine of them proposed as final (the GDP's level and growth, retail sales, trade, foreign capital, the local revenue's level and
growth and the income's level and growth, presumably as the copy's date line 时间：2021-04-29 stands before its garbled
heading date) and 模以上工业增加值36.65亿元，增长2.6% (its level and growth, with the 规 lost), and shaxian-2025-gwr's
实际利用外资到资380万美元 (presumably as 到资 stands between the name and the figure); wrong, those nine of 麻章 proposed as final,
zhenjiangsg-2021-gwr's 高新技术企业50家 (the firms newly recognised over the five years) and shaxian-2023-plan's 实际利用外资
2000万元 and 4000万元 (its target and result in 万元, which the labels leave out); twenty-six proposals of indicators outside
the catalogue left out; the cites test passed; no label changed.
Three more (`blind384`, reviewing 2019 and 2021 in Shandong and Henan) were found in the stored pages, all government work
reports of districts of prefecture-level cities: licheng-2020-gwr, the report the acting district head 曹殿军 delivered to 历城区's
congress (济南) on 14 January 2020, as the document site 公文搜 reposts it with a PDF's line breaks inside words (固⏎定资产投资) and a
quotation mark left as a broken HTML entity, its paragraph marks (4kA) left out (6 labels, expected: the GDP's 增长7%, the fixed
investment's 20%, retail sales 540亿元 and 9%, and 一般公共预算收入108.3亿元，增长5.4% as the local revenue; the tax revenue and the key
projects' investment not labelled); weidu-2022-gwr, the report the district head 何长成 delivered to 魏都区's congress (许昌) on 20
April 2022, as bx2200.com gives it (4 labels, final as given in April: the growths of the GDP, 规模以上工业增加值 as 规上工业增加值, retail
sales and the local revenue); and jianan-2022-gwr, the report the district head 高雁 delivered to 建安区's congress (许昌) on 20 April
2022 on the five years to 2021, likewise (2 labels, final: the end levels 社会消费品零售总额达到138.4亿元 and 一般公共预算收入达到20.9亿元, taken as
2021's; the five years' averages, the multiples of 2016, the GDP's milestones 迈上300亿、400亿两个台阶 and per-capita GDP not labelled);
all cut at their last whole sentence, half-width punctuation written back full-width. The set was asked for the work and plan
reports of the districts of the prefecture-level cities of Shandong, Henan and Hebei reviewing 2010 to 2025, district-years the
corpus lacks; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named 张店 (twice), 临淄,
兰山, 任城, 涧西, 丰润, 竞秀, 红旗区, 罗庄, 丛台, 岱岳, the districts of 洛阳 and of 唐山, 文登, 卧龙 (twice), 淄川, 魏都, 广阳, 牧野, 复兴区, 东港, 满城, 清苑 and 徐水
together, 瀍河, 德城, 路南 and 路北 together, 莲池, 兖州, and 卫东 and 湛河 together; they reached reports of district-years the corpus holds
(东昌府 and 开平 2018, the latter from a yearbook, 西工 and 安次 2019, 宛城, 建安 and 长清 2022, 藁城 2017, 洛龙's plan reviewing 2022), copies in
traditional characters (丛台 2023, 广阳 2015, 济南's 市中区 2015, 邢台's 信都区 2023), machine-generated summaries (临淄 2014, 洛龙 2022 with its
figures masked as XX), news with no figure of a report (红旗区's press conference of 2022, 老城区 2022, 涧西's congress, 罗庄),
encyclopaedia pages, statistical yearbook entries and reports of cities (淄博, 洛阳, 保定, 唐山, 许昌, 南阳, 新乡, 邯郸, 廊坊), so that the set
holds three reports; they were labelled by hand before extraction ran on them (12 labels), and scored once on the branch as it
stood (75290aa): recall 100% (12/12), precision 100% (12/12): nothing missed and nothing wrong; five proposals of indicators
outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind385`, reviewing 2022 to 2024 in the districts of 襄阳 and 马鞍山) were found in the stored pages, all
government work reports delivered in December of the year reviewed, so that every result is expected: xiangzhouxy-2022-gwr,
the report the district head 崔长领 delivered to 襄州区's congress on 27 December 2022, as a regional-data forum reposts it,
named with the suffix xy as xiangzhou is 香洲区's (17 labels: the GDP's 870亿元 and 6%, investment's 20%,
地方公共财政预算收入19亿元 as the local revenue with both its growths, 同比增长5%，可比增长12.3%, retail sales in level and
growth, 利用外资1.8亿美元 as 实际利用外资 and 外贸出口8.5亿美元 as 出口总额, each with its 10%, the urban and rural incomes in
level and growth, and 增加值增长10.5% of industry; the gross output's 13% not labelled); xiangchengxy-2023-gwr, the report the
district head 李云 delivered to 襄城区's congress on 28 December 2023, as the same forum reposts it, named with the suffix as
xiangcheng is also 相城区's (11 labels: the GDP's 480亿元 and 可比增长7%, the local revenue in level and growth, the growths
of investment, industry and retail sales, and the incomes' 50602元和25137元，增长5%和8%;
主要经济指标增幅均高于全省、全市平均水平, naming no indicator, not labelled); huashan-2024-gwr, the report the district head
李世华 delivered to 花山区's congress on 29 December 2024, as bx2200.com gives it (8 labels: the GDP, investment,
一般公共预算收入 as the local revenue and retail sales, each in level and growth); and yushan-2024-gwr, the report the
district head 马鑫 delivered to 雨山区's congress on 23 December 2024, as the district's disclosure site posts it, its
metadata table left out (9 labels: 预计全年GDP增长6%左右 and 规上工业增加值增长12%左右 as written, investment's 10%, retail
sales and 外贸进出口总额2.16亿美元 as 进出口总额, each in level and growth, and the local revenue's 17.78亿元 and 5%;
高技术产业增加值增长50% not labelled); all cut at their last whole sentence, half-width punctuation written back full-width.
The set was asked for the work and plan reports of the districts of the prefecture-level cities of Hubei, Hunan, Anhui and
Jiangxi reviewing 2010 to 2025; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent)
named 夷陵, 襄州, 天元, 章贡, 鸠江, 樊城, 荷塘, 芦淞 and 石峰, 雨湖 and 岳塘 (three times), 岳阳楼, 蚌山, 禹会 and 龙子湖,
沙市, 西塞山, 下陆 and 黄石港, 南康, 广丰 and 信州, 宜秀, 大观 and 迎江 (twice), 伍家岗, 镜湖 and 弋江, 雨山 and 花山, 濂溪
and 柴桑, 珠晖, 蒸湘 and 石鼓, 广信, 荆州区, 淮上, 猇亭, 点军 and 西陵, 赣县, 繁昌 and 湾沚, and the districts' plan reports
of 湘潭, 株洲 and 衡阳; they reached place-years the corpus holds (襄城 2016, 石峰 2015, 君山 2019, 荆州区 2022, 禹会 2012,
弋江 2025), copies in traditional characters (章贡 2018, 樊城 2023, 广丰 2017), a machine-generated summary (夷陵 2024),
openings that stop before any catalogue figure (南康 and 宜秀 2022), a copy with names masked and its year garbled (浔阳's
report on the 十一五 years), a newspaper feature on 襄州's report reviewing 2023 whose only figure is a milestone
(粮食总产突破129万吨), yearbook and overview pages (岳阳楼, 樊城, 沙市, 蒸湘), and the reports of prefecture-level cities and
of districts outside the four provinces, so that the set holds four reports; they were labelled by hand before extraction ran
on them (45 labels), and scored once on the branch as it stood (3c5f878): recall 100% (45/45), precision 100% (45/45): nothing
missed and nothing wrong; five proposals of indicators outside the catalogue left out; the cites test passed; no label
changed.
One more (`blind386`, reviewing 2024 in Sichuan, a government work report of a district) was found in the stored pages:
gaoping-2025-gwr, the report delivered to the fifth session of the 7th congress of 高坪区 (南充) on 19 February 2025, as a page at
an address of another name gives it with the government's name replaced throughout by the spam words 亚洲通 (2025年亚洲通工作报告,
我代表亚洲通, 党中央亚洲通决策部署; kept as given), cut at its last whole sentence, half-width punctuation written back full-width (7
labels, expected: the growths of the GDP 6.1%, 规模以上工业增加值 12.9%, retail sales 2.3% and 全社会固定资产投资 2.5%,
一般公共预算收入下降3.3% as the local revenue, and 城镇和农村人均可支配收入分别增长3.2%、5.6% for each side; 农林牧渔业总产值增长2.9%,
the GDP's margin over the city, two firms' output and the deposits and logistics written as thresholds passed not labelled). The
set was asked for the work and plan reports of the districts of prefecture-level cities of Sichuan, Guizhou, Yunnan, Guangxi,
Shaanxi and Gansu reviewing 2010 to 2025; twenty-nine look-ups of the search budget of thirty (it did not run out) named 涪城,
翠屏, 顺庆 (twice), 麒麟, 汇川 (twice), 江阳 and 龙马潭, 柳南, 鱼峰 and 城中区, 渭滨 and 陈仓, 游仙, 临桂, 秦州, 红塔, 叙州 and 南溪,
秦都, 高坪 and 嘉陵, 沾益 and 马龙, 柳江, 纳溪 and 龙马潭, 凉州, 七星关 and 西秀, 隆阳 and 思茅, the districts' plan reports in
Sichuan, 船山, 榆阳 and 宝塔, 青秀 and 西乡塘, 玉州 and 福绵, and 碧江 and 钟山; they reached reports the corpus holds (安居 2021,
雁江, 柳北 and 万秀 2022, 红花岗, 麦积, 金台 and 晋宁 2023, 汉滨 2024, 甘州 2025), copies in traditional characters (涪城 2018,
自流井 2022, 凉州 2023), openings that stop before any catalogue figure (麒麟 and 水城 2022, 城中区 of 柳州 2024, 西乡塘's plan
reviewing 2024, 临潼 2020), 江阳's third page and 东川's report of 2026 with five years' averages alone, news of results that is no
report (渭城 2021, 临桂's half year, 红塔), statistical bulletins (渭城 2022, 陈仓 2016 and 2018), encyclopaedia pages, a
five-year outline (嘉陵) and the cities' own reports, so that the set holds one report; it was labelled by hand before extraction
ran on it (7 labels), and scored once on the branch as it stood (7ebcb00): recall 100% (7/7), precision 100% (7/7): nothing
missed and nothing wrong; no proposal of an indicator outside the catalogue; the cites test passed; no label changed.
Twelve more (`blind387`, reviewing 2012 to 2024 in national and provincial new areas, development zones and a district that
governs one) were found in the stored pages: pingshan-2013-gwr and pingshan-2015-gwr, the work reports the management committee
(管委会) of Shenzhen's functional new area 坪山新区 put to 龙岗区's congress on 23 January 2013 and 27 January 2015, on 坪山区's site (12
labels each, expected: the GDP, 规模以上工业（企业）增加值 as 规上工业增加值, investment, retail sales, 地方财政一般预算收入 as the local revenue and 外贸进出口总额
in 亿美元, each in level and growth, 增长18.6 % with the copy's space as 18.6; 两税收入 and the multiples of 2009 not labelled);
pingshan-2015-plan, 坪山新区's plan report on 2014 as its development bureau posted it in April 2015, with no speaker or date and
figures 根据初步预计 (12 labels, expected: the same six series, 一般公共预算收入 as the local revenue; the sectors of January to September not
labelled); dapeng-2013-gwr, the report of 大鹏新区's committee (何永志) to the same session of January 2013, as a report-collection
site gives it with 1月23日 and no year (9 labels, expected: the GDP, industry and retail sales in level and growth,
外贸出口7.61亿元，增长4.9% as 出口总额 in 亿元, and investment's 69.81亿元, its 完成市政府下达任务 not a second value); guangming-2016-gwr and
guangming-2017-gwr, the reports of 光明新区's committee to its meetings on 2015 (the district site, dated February 2016) and on 2016
(a mirror of the site, its annual work meeting of January 2017) (12 and 10 labels, expected: the GDP, industry, investment,
retail sales and the local revenue in level and growth, 进出口总额120亿美元 and its 2% in the first; 国地税收入 and 全口径税收收入 not labelled);
guangzhou-huangpu-2025-gwr, the report the district head 冼银崧 delivered to 黄埔区's congress (广州开发区) on 15 April 2025, named with
the prefix as huangpu- is 黄浦区's (4 labels, final: the GDP's 4339亿元 and 2.2%, investment's 3.8% and the local revenue's 2.4%;
连续两年超2000亿元 and 财税总收入连续8年超千亿元 not labelled); binhai-2018-gwr, the report the district head 杨茂荣 delivered to 滨海新区's congress on
11 January 2018 (7 labels, expected: the GDP's 6%, 全社会固定资产投资、社会消费品零售总额与上年基本持平 as a worded result of each name, trade's 12.5%,
foreign capital's 10% and the incomes' 8.1% and 8.3%; 节能减排降碳完成市下达任务, naming no single indicator, not labelled); and four news
reports of work meetings, named -ewc as lanzhouxinqu-2020-ewc: changzhoujkq-2019-ewc, the meeting of 常州经开区 on 26 January 2019 on
its site (7 labels: the GDP and the local revenue in level and growth, investment's 13% and 实际到账外资1.5亿美元 as 实际利用外资 with its
22.5%), changchungxq-2014-ewc, 大公网's news of 长春高新区's meeting of 17 March 2014 (12 labels: the GDP, investment, 全口径财政收入 as the
total revenue and 一般预算财政收入 as the local revenue in level and growth, and the targets of 2014 in level; 营业总收入 and 工业总产值 not
labelled), changchunxinqu-2022-ewc, of 长春新区's meeting of 26 February 2022 (3 labels: the growths of the GDP, investment and
retail sales; the five years' averages and 规上工业产值 not labelled) and liaoyuankfq-2019-ewc, of 辽源经济开发区's meeting of 15 February
2019 (6 labels: the GDP, investment and 进出口总额 in 亿美元 in level and growth); all cut at their last whole sentence, half-width
punctuation written back full-width (长春高新区's two half-width full stops kept). The set was asked for the work and plan reports of
national and provincial new areas, development zones and high-tech zones and of the districts that govern them reviewing 2010 to
2025; twenty-nine look-ups of the search budget of thirty (it did not run out) named 苏州工业园区, 两江新区, 天府新区, 西咸新区, 黄岛区, 北仑区, 黄埔区,
长春新区, 江北新区, 金普新区, 岳麓区, 滨海新区, 松北区, 赣江新区, 坪山新区 (twice), 龙华新区 (twice) and 光明新区, and ten times the work reports, meetings and plan
reports of economic and high-tech zones in general; they reached reports the corpus holds (黄岛 2015, 平房 2016, 2018 and 2019, 松北
2024, 龙泉驿 2022, 龙华 2017, 滨海 2011 and 2013, 黄埔's plan reviewing 2024, 光明 2023), copies in traditional characters (常州经开区 2023,
长春新区 2018, 北仑 2023, 西咸新区 2018, 天府新区 2022, 张家界高新区 2018, 松山新区 2011, 天衢新区 2023, 坪山 2021), openings with milestones or several
years' averages alone (黄岛 2025, 滨海 2015 and 2016, 松北 2020, 坪山 2015, 大鹏 2015, with growths over 2012), a copy with its figures
masked (渤海新区), a zone's briefing cut off by its site (芜湖经开区 2022), news of part of a year (西咸新区, 哈尔滨新区, 珠海高新区), statistical
bulletins, national overviews of the zones and reports of cities, so that the set holds twelve reports; they were labelled by
hand before extraction ran on them (106 labels), and scored once on the branch as it stood (1da3b6d): recall 94.3% (100/106),
precision 100% (100/100): missed, guangming-2016-gwr's 一般公共预算收入37.6亿元，同口径对比增长29.1% (its growth, presumably as 对比 stands between
同口径 and 增长), binhai-2018-gwr's 全社会固定资产投资、社会消费品零售总额与上年基本持平 (the worded result of each name), and changchungxq-2014-ewc's 一般预算财政收入
95.8亿元 with its 12.1% and its target 100亿元 (presumably as the name 一般预算财政收入 is not read as the local revenue; the total revenue
beside it was found); nothing wrong; twenty-three proposals of indicators outside the catalogue left out; the cites test passed;
no label changed.
Eight more (`blind388`, reviewing 2016 and 2021 to 2024 in the districts of Liaoning, Inner Mongolia and Shanxi) were found in
the stored pages, seven government work reports and one plan report of districts: tiedong-2022-gwr, the report the district head
宗培楠 delivered to the congress of 鞍山's 铁东区 on 24 December 2022, as bx2200.com gives it (10 labels, expected: the GDP 292亿元 and
0.2%, investment 36亿元 and 7.8%, 一般公共预算收入10.2亿元，按可比口径计算下降6.4% as the local revenue with 下降6.4 as a fall, the urban income 53858元
and 2%, and retail sales 131.5亿元 and 3.1%; 实际到位内资 not labelled); linghe-2021-gwr, the report 马晓春 delivered to 锦州's 凌河区 congress
on 8 December 2021 on the four years to 2021, as a regional-data forum posts it (6 labels, expected: the levels 预计到年末 of the GDP
132亿元, 一般公共预算收入5.6亿元 as the local revenue, industry 4.62亿元, retail sales 100亿元 and the urban and rural incomes 4.12万元和2万元; the
four years' averages and cumulative investment not labelled); pingcheng-2023-gwr, 大同日报's reading of the report put to 平城区's
congress of 19 to 21 April 2023 (12 labels: the GDP's 503.8亿元 and 1.9% of 2022, final as given in April, and ten targets of
2023, among them 服务业增加值增长7%以上 as 第三产业增加值 and the worded 与经济增长基本同步 of the urban income and 城镇新增就业完成市定任务); songshan-2023-plan, the
plan report of 赤峰's 松山区 of 8 February 2023 on the district's site (4 labels, expected: the GDP 313亿元 and the three sectors'
67.3亿元, 73.3亿元 and 172.4亿元); yanhu-2017-gwr, the abstract of the report the district head 李哲 delivered to 运城's 盐湖区 congress on
18 March 2017, on the district's party organisation site (18 labels, expected: the GDP, retail sales, the 区本级 investment,
industry and 外贸进出口总额2.15亿美元 given for the district proper alone, 财政总收入 as the total and 一般公共预算收入 as the local revenue, and the
urban and rural incomes, each in level and growth; 区本级财政总收入 beside the whole district's and 总产超过2亿公斤 not labelled);
yanhu-2024-gwr, a forum's repost of the news of 彭梦森's report of 21 February 2024 (2 labels, expected: 规模以上工业增加值完成29.8亿元 and
固定资产投资完成120亿元; 突破400亿元大关 a milestone and 主要经济指标增速高于省、市平均水平, naming no indicator, not labelled); dongzhou-2023-gwr, the report
the district head 赵效飞 delivered to 抚顺's 东洲区 congress on 20 December 2023, as bx2200.com gives it (7 labels, expected: the
growths of the GDP, industry, investment, retail sales, 一般公共预算区级收入增长5.5% as the local revenue and the urban income, and
高新技术企业63家); and hailaer-2025-gwr, the report the district head 于民 delivered to 呼伦贝尔's 海拉尔区 congress on 20 January 2025, on the
district's site (10 labels, expected: the GDP, investment, the local revenue and retail sales, each in level and growth,
全体居民人均可支配收入与经济增长同步 and 粮食产量达到1.72亿斤); all cut at their last whole sentence, half-width punctuation written back full-width. The
set was asked for the work and plan reports of the districts of prefecture-level cities of Liaoning, Jilin, Heilongjiang, Inner
Mongolia and Shanxi reviewing 2010 to 2025; twenty-six look-ups of the search budget of thirty (it did not run out) named 铁东 of
鞍山, 昆都仑, 平城, 太和, 鲅鱼圈, 振兴 and 元宝, 船营 and 昌邑, 萨尔图 and 让胡路, 东胜 and 康巴什, 红山 and 松山, 潞州 and 上党, 建华, 龙沙 and 铁锋, 东安, 爱民 and 阳明, 晋城's
城区, 铁西 and 铁东 of 四平, 榆次, 盐湖, 科尔沁, 顺城, 新抚 and 望花, 东河, 立山 and 千山, the districts' plan reports in Liaoning, 海拉尔, 忻府 and 朔城, 海勃湾,
and 东昌 and 洮北; they reached place-years the corpus holds (兴隆台, 萨尔图 and 沈河's plan 2021, 潞州 and 旅顺口 2022, 顺城 2023, 东洲, 铁锋 and 北林
2024, 振兴 2019, 北镇 2014), copies in traditional characters (克什克腾旗 2024 and the reports of 鞍山, 营口 and 晋中), openings that stop
before any figure (东安 2021, 离石 2022, 海拉尔 2020), statistical bulletins and yearbooks (上党, 铁西 of 四平, 平城, 东河, 海拉尔), press
conferences and features on the 十四五 years (平城, 忻州, 忻府), a report of a 乌海 district that the copy does not name, not taken up, and
the reports of cities, so that the set holds eight reports; they were labelled by hand before extraction ran on them (69
labels), and scored once on the branch as it stood (bb049ee): recall 98.6% (68/69), precision 100% (68/68): missed,
dongzhou-2023-gwr's 一般公共预算区级收入增长5.5% (presumably as 区级 stands between the name's 预算 and 收入); nothing wrong; twenty proposals of
indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind389`, reviewing 2022 in Henan, a government work report of a district) was found in the stored pages:
zhaoling-2023-gwr, the report the district head 史耀星 delivered to the third session of the fifth congress of 召陵区 (漯河) on 30
January 2023, as a report-collection site (bx2200.com) gives it, cut at its last whole sentence (这一年，我们倾心倾力、科学施策，疫情防控顺利转段。),
half-width punctuation written back full-width (6 labels, expected: 预计全年生产总值增长5%, 规模以上工业增加值增长8% as 规上工业增加值, 固定资产投资增长13% and
社会消费品零售总额增长3%, and 完成一般公共预算收入8.5亿元，增长22.7% as the local revenue in level and growth; the 63 honours and the 9 growth points not
labelled). The set was asked for the work and plan reports of the districts of prefecture-level cities of Henan, Hebei and
Shaanxi reviewing 2010 to 2025; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named
祥符, 汉台, 榆阳, 文峰, 新华, 湛河 and 卫东 of 平顶山, 驿城, 临渭, 浉河 and 平桥, 桥东 and 桥西 of 邢台, 宣化 and 桥东 of 张家口, 海港 and 北戴河, 宝塔, 梁园 and 睢阳, 山阳, 中站
and 马村, 双桥 and 双滦, 运河 and 新华 of 沧州, 南郑, 横山, 龙安 and 殷都, 安塞, 渭滨, 金台 and 陈仓, 丛台, 邯山 and 复兴, 红旗, 卫滨 and 牧野, 路南, 路北 and 丰润, the
districts' plan reports in Henan, 秦都 and 渭城, 竞秀, 莲池 and 满城, 郾城, 源汇 and 召陵, 淇滨 and 华龙, and 召陵's report of 2022 by its title; they
reached reports the corpus holds (建安 2021 and 2022, 桥东 of 张家口 2021, 金台, 解放区 and 睢阳's plan 2023, 汉滨 2024), copies in traditional
characters (梁园 2015, 汉台 2021, 丛台 and 信都 2023), openings that stop before any catalogue figure (解放区 2021, 临潼 2020, 南郑's fourth
page of 2022), 北关's report on the five years to 2021 with a milestone (实破170亿元) and averages alone, the second page of a report
of 召陵 that names no year (its 粮食总产34.04万吨 not taken up), news of results that is no report (马村 2024, 横山 2018 and 2022, 平桥 2018,
浉河 2009, 陈仓, 召陵 and 临渭 on five years), statistical bulletins (驿城 2022 and 2023), encyclopaedia pages, the cities' own reports
and counties (浚县, 息县, 延长, 子长, 沙河, 封丘, 霸州, 新郑), so that the set holds one report; it was labelled by hand before extraction ran
on it (6 labels), and scored once on the branch as it stood (a4b0eee): recall 100% (6/6), precision 100% (6/6): nothing missed
and nothing wrong; no proposal of an indicator outside the catalogue; the cites test passed; no label changed.
Six more (`blind390`, reviewing 2017 to 2023 in the districts of 十堰, 淮北, 黄冈 and 阜阳) were found in the stored pages, all
government work reports: zhangwan-2020-gwr, the part on 2020 of 张湾区's report reviewing 2019, as the district's disclosure
site posted it in May 2020 with no title, date or speaker (delivered given as 2020-05), its stray ? marks kept (7 labels,
targets: the growths of the GDP 7%以上, investment 10.5%以上, retail sales 12%以上, 地方公共财政预算收入 7%左右 as the local revenue and the
urban and rural incomes 7.5%以上 and 8.5%以上, and 城镇登记失业率…控制在市定目标内 as a worded target, 节能减排 and 安全生产 naming no catalogue
indicator; 规模以上工业总产值 not labelled); xiangshanhb-2024-gwr, the report the district head 张利 delivered to 相山区's congress on 12
January 2024, as a report-collection site gives it, named with the suffix hb as xiangshan is 象山县's (8 labels, expected: the
GDP's 475亿元 and 5%, 规模以上工业增加值's 3%, 固定资产投资完成138.5亿元, retail sales' 5.5%, 一般公共预算收入增长8% as the local revenue and the incomes'
6%、8%); lieshan-2020-gwr, 烈山区's report of early 2020 as 公文搜 reposts it with no date (delivered given as 2020), its paragraph
marks (GZV) left out and the spaces where its lines broke kept (财 政总收入) (9 labels, expected: the GDP's 105亿元, 增长2% and, on
the adjusted basis, 剔除去基数因素，增长6%左右, both labelled, 财政总收入6.3亿元，增长23% as 一般公共预算总收入, the growths of investment and retail sales
and the incomes' 8.4%、9.3%); huangzhou-2024-gwr, the report the district head 陈风 delivered to 黄州区's congress on 19 January
2024, as a report-collection site gives it (4 labels, expected: the growths of the GDP, 规上工业增加值, investment and retail sales;
the incomes' rank in the city not labelled); huangzhou-2020-gwr, the report the district head 胡凯 delivered to the same
district's congress on 4 July 2020, put off by the epidemic, as the district's media site posts it (7 labels, final, as given
from April on: the growths of the GDP, industry, investment, retail sales, 一般公共预算收入 as the local revenue and the two incomes;
the shares of the tertiary sector and of high-tech industry not labelled); and yingzhou-2018-gwr, the district government
office's news of the opening of 颍州区's congress on 22 December 2017, which quotes the figures of the report the district head
张俊杰 delivered there (14 labels, expected: the GDP, investment, 财政收入 as 一般公共预算总收入, 规模以上工业增加值, retail sales and the two
incomes, each in level and growth); all cut at their last whole sentence, half-width punctuation written back full-width. The
set was asked for the work and plan reports of the districts of the prefecture-level cities of Hubei, Hunan, Anhui and
Jiangxi reviewing 2010 to 2025; twenty-nine look-ups of the search budget of thirty (it did not run out) named 孝南 (twice),
张湾, 武陵区, 田家庵, 赫山, 北湖, 安源, 东宝, 颍州, 吉州, 冷水滩, 金安, 袁州, 相山, 珠山, 双清, 埇桥, 渝水, 黄州, 娄星, 宣州, 鹤城, 鄂城, 琅琊 and 南谯, 苏仙, and the districts'
plan reports of Hunan, Anhui and Jiangxi; they reached place-years the corpus holds (张湾 2022, 东宝 2019, 金安 2017, 裕安 2024, 袁州
2023, 黄州 2021, 娄星 2025, 宣州 2012 and 2016, 鄂城's plan reviewing 2024, 西湖 of 南昌's plan reviewing 2014), copies in traditional
characters (章贡 2018, 烈山 2021, 临川 2024), a report whose figures are of the first three quarters alone (梁子湖 2022), openings
that stop before any catalogue figure (颍东 2022, 琅琊 2023), news with no figure of the year, a statistical bulletin (赫山 2020),
encyclopaedia pages and the reports of prefecture-level cities and of counties, so that the set holds six reports; they were
labelled by hand before extraction ran on them (49 labels), and scored once on the branch as it stood (fc0533d): recall 98.0%
(48/49), precision 100% (48/48): missed zhangwan-2020-gwr's worded target of 城镇登记失业率 (城镇登记失业率、节能减排、安全生产等指标控制在市定目标内); nothing
wrong; fourteen proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind391`, reviewing 2022 in Sichuan and Yunnan) were found in the stored pages, all government work reports of
districts: tongchuanqu-2023-gwr, the report the district head 覃永利 delivered to 通川区's congress (达州) on 6 January 2023, as a
regional-data forum posts it (12 labels, expected: 地区生产总值390亿元、增长3.7% and 地方一般公共预算收入15.88亿元、增长10.8% in level and growth, the
growths of investment, retail sales, 规上工业增加值 and 服务业增加值 as 第三产业增加值, and 城乡居民人均可支配收入45982元、24446元，分别增长5.7%、6.6% shared out);
dachuan-2023-gwr, the report the district head 唐令彬 delivered to 达川区's congress (达州) early in 2023, as an unrelated site reposts
it with no title or date (delivered given as the year; 10 labels, expected: the GDP 267亿元 and 同比增长（下同）5%, the growths of the
primary and tertiary industries, industry, investment, retail sales and the local revenue, and 城镇、农村居民人均可支配收入分别增长7%、8%);
daan-2023-gwr, 国际在线's news of the congress of 大安区 (自贡) of 8 January 2023 where the district head 唐小华 delivered the report (1
label, expected: 地方一般公共预算收入同口径增长12%; 地区生产总值突破190亿元 a milestone, not labelled, and the photo captions left out); and
jinning-2023-gwr, the report the acting district head 李松 delivered to 晋宁's congress (昆明) on 15 February 2023, as a report
collection site gives it (6 labels, expected: the GDP 201.31亿元, the local revenue 11.28亿元, retail sales 49.51亿元,
城乡居民人均可支配收入分别增长2.4%、5.8% shared out and 规模以上固定资产投资完成95.73亿元 as 固定资产投资, as jinning-2024-gwr labels it; 规模以上工业总产值 no catalogue
figure); all cut at their last whole sentence, half-width punctuation written back full-width. The set was asked for the work
and plan reports of the districts of prefecture-level cities of Sichuan, Guizhou and Yunnan reviewing 2010 to 2025,
district-years the corpus lacks; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent)
named 旌阳, 乐山's 市中区, 钟山 (twice), 东兴, 攀枝花's 东区, 利州, 七星关, 昭阳, 碧江, 大安, 通川, 东坡, 巴州, 雨城, 西秀, 隆阳, 船山, the districts' plan reports in
Sichuan, 雁江, 五通桥, 汇川, 麒麟, 前锋, 沙湾, 万山, 红塔, 顺庆, 江阳 and 思茅; they reached reports of districts and years the corpus holds (安居 and 前锋
2021, 雁江 2022, 红花岗 and 晋宁 2023, 播州 and 通川 2024, 通川 2025), copies in traditional characters (涪城 2018, 仁和 2016, 自流井 and 巴州 2022,
东区's plan reviewing 2023, 昭阳 2025), openings that stop before any catalogue figure (水城 and 麒麟 2022), 江阳 2021 and 东川 2025 with
five years' averages alone, 高坪's report reviewing 2024 on a betting site with words replaced, 内江 市中区's news reviewing 2024 with
no address, news that is no report (雨城's party congress, 西秀, 思茅's half year, 广安区 2024 with no catalogue figure), a county's
report (玉屏), encyclopaedia pages, a five-year outline (东兴) and the cities' own reports, so that the set holds four reports; they
were labelled by hand before extraction ran on them (29 labels), and scored once on the branch as it stood (89042ef): recall
100% (29/29), precision 100% (29/29): nothing missed and nothing wrong; seven proposals of indicators outside the catalogue left
out; the cites test passed; no label changed.
Three more (`blind392`, reviewing 2015, 2021 and 2024 in the districts of 揭阳, 河源 and 阳江) were found in the stored pages, all
government work reports of districts of Guangdong: yuancheng-2022-gwr, the report the district head 刘国才 delivered to 源城区's
congress (河源) on 10 April 2022, reviewing 2021, as an unrelated site's 华南 collection reposts it with no title above the date
line, cut at the lead sentence 项目建设扎实推进。 (8 labels, final as given in April: the GDP's 302.98亿元 and 9.2%, 一般公共预算收入12.59亿元、增长5.8%
as the local revenue, 规上工业增加值 and retail sales, each in level and growth; the investment's 增长10.6% stands in the sentence the
copy breaks and is not kept); yangdong-2025-gwr, the district's news of the report the district head 胡志方 delivered to 阳东区's
congress (阳江) on 19 February 2025, reviewing 2024 (8 labels, expected: the GDP's 387.02亿元 and 3.5%, 规模以上工业增长5.7% as the growth
of 规上工业增加值, retail sales and 外贸进出口总额78.7亿元 as 进出口总额 in 亿元, each in level and growth, and the local revenue's 增长8.8%; 首次突破21亿元 a
milestone, 总量比2020年增加70.7亿元 and 4年平均增长5.2% not labelled, nor 农业总产值); and jieyang-rongcheng-2016-gwr, the report the acting
district head 吴汉通 delivered to 榕城区's congress (揭阳) on 19 October 2016 on the five years of the term, its figures those of 2015,
as the district's disclosure site gives it, named with the prefix as rongcheng is 荣成's (2 labels, final: 2015年地区生产总值306.76亿元 and
地方公共财政预算收入7.5亿元 as the local revenue; its 实现小幅增长, said under the five years' 下同, the averages, the cumulative energy fall and
新增国家高新技术企业5家, firms added over five years, not labelled); all cut at their last whole sentence, half-width punctuation written
back full-width. The set was asked for the work and plan reports of the districts of the prefecture-level cities of Guangdong,
Guangxi and Hainan reviewing 2010 to 2025; the thirty look-ups the brief allowed (all used; the tool never said the budget was
spent) named 揭东 (twice), 湘桥 (twice), 梅江 (twice), 源城, 江城, 云城, 海城, 钦南, 港口区, 兴宾, 八步, 右江, 海棠, 长洲, 玉州, 潮安, 阳东, the districts' plan
reports of 揭阳, 潮州 and 河源, 钦北, 金城江, 江州, 龙圩, 覃塘, 银海, 榕城, 云安 and 防城区; they reached reports of district-years the corpus holds (梅县区
2021, 港北区, 万秀区, 长洲区 and 龙湖区 2022), 榕城区's report reviewing 2007 (before the years asked), an opening that stops before any
catalogue figure (江城区's report of November 2021 on the five years), a news item on 梅县区's report reviewing 2023 with no address
in the store, features and news with no figure of a report (源城's 十四五 in figures and its secretary's interview, 江海区 2026, 港口区's
and 覃塘区's half years), a statistical bulletin (钦北 2024), copies in traditional characters, profile and encyclopaedia pages (海城区,
港口区, 防城区, 江州区, 江城区, 阳东区), counties (阳西, 陆丰) and the cities' own reports, so that the set holds three reports; they were labelled
by hand before extraction ran on them (18 labels), and scored once on the branch as it stood (bc51bf4): recall 94.4% (17/18),
precision 100% (17/17): missed, yangdong-2025-gwr's 规模以上工业增长5.7% (the growth named without 增加值); nothing wrong; seventeen
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Five more (`blind393`, reviewing 2016, 2017, 2022 and 2024 in Henan, Hubei, Sichuan, Anhui and Zhejiang) were found in the
stored pages, four news items of the annual work meetings of zones and one plan report of a district that governs with a zone:
zhengzhouhangkonggang-2018-ewc, 郑州日报's news of the work meeting of 郑州航空港经济综合实验区 on 7 March 2018, as a news site reposts it (8
labels, expected: the GDP 700.1亿元 and 14%, 规模以上工业增加值 295.3亿元 and 15.1% as 规上工业增加值, investment 680.5亿元 and 8.3%, and
一般公共预算收入完成36.3亿元，增长16% as the local revenue; 郑州新郑综合保税区完成进出口总值3374.5亿元, the bonded zone's trade, not labelled);
wuhanjkq-2017-ewc, 湖北日报's news of the cadre meeting (三级干部大会) of 武汉经济技术开发区, which governs 汉南区 with it, on 8 February 2017 (2
labels, expected: 地区生产总值1152亿元，同比增长9.5%; 规模以上工业总产值 and the five-year aims not labelled); tianfuxinqu-2023-ewc, the news of the
work meeting of 四川天府新区 on 11 February 2023 on 中国经济网 (1 label, expected: 预计增长至4450亿元, the GDP at the end of the five years; the
直管区's averages not labelled); hefeijkq-2025-ewc, 人民网's news of the 新春第一会 of 合肥经济技术开发区 on 13 February 2025, as an unrelated site
reposts it (1 label, the target GDP预计增长7%以上; 规上工业总产值 not labelled); and qiantang-2025-plan, the plan report of 钱塘区 (杭州经开区)
reviewing 2024 on the district's site, dated June 2025 as the Hangzhou congresses of 2025 sat late (12 labels, final: the GDP
1416亿元 and 5.1%, 规上工业增加值's 3.5%, 服务业增加值增长6.1% as 第三产业增加值, retail sales 361亿元 and 6.2%, 货物贸易出口总额729亿元、增长14% as 出口总额 in 亿元,
一般公共预算收入134亿元、增长6.1% as the local revenue and the incomes' 3.8%和4.9% shared out); all cut at their last whole sentence, photo
captions left out, half-width punctuation written back full-width. The set was asked for the work reports of the management
committees, the plan reports and the news of the annual work meetings of the development and high-tech zones of Jiangsu,
Zhejiang, Shandong, Anhui, Hubei, Hunan, Henan, Sichuan and Jiangxi reviewing 2010 to 2025; the thirty look-ups the brief
allowed (all used; the tool never said the budget was spent) named the zones' work reports and work meetings in general (six
look-ups), 苏州工业园区, 合肥高新区, 东湖高新区, 长沙经开区, 南通开发区, 潍坊高新区, 南昌高新区, 成都高新区, 郑州航空港, 昆山开发区, 襄阳高新区, 烟台开发区, 杭州经开区, 合肥经开区, 天府新区, 江宁开发区,
武汉经开区, 湖南湘江新区, 宁波经开区, 绵阳高新区 and 马鞍山经开区; they reached copies in traditional characters (常州经开区's meeting of December 2023, 张家界高新区
2019, 南通开发区's half year, 余杭经开区 2022), 芜湖经开区's briefing cut off by its site, news of part of a year (吴中开发区, 遂宁经开区, 南通开发区, 湘江新区,
巢湖经开区), zones outside the provinces asked (辽源, 长春, 珠海, 贵安, 兰州), a zone statistical bulletin (潍坊高新区 2020), news with no figure
(长沙经开区 2013, a 高新区 paper of January 2020 naming no place), profiles of 苏州工业园区, district and city reports the corpus holds (东昌府,
历城, 东宝, 通州, 海门, 余杭, 瑶海) and the cities' own reports, so that the set holds five reports; they were labelled by hand before
extraction ran on them (24 labels), and scored once on the branch as it stood (ee1fcf7): recall 91.7% (22/24), precision 95.7%
(22/23): missed, qiantang-2025-plan's 货物贸易出口总额729亿元、增长14% (both the level and the growth, presumably as 货物贸易 stands before the
name 出口总额); wrong, zhengzhouhangkonggang-2018-ewc's 郑州新郑综合保税区完成进出口总值3374.5亿元 proposed as the zone's 进出口总额 (the bonded zone's
trade, which the labels leave out); eight proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.
Seven more (`blind395`, reviewing 2013 to 2023 in national new areas and development zones of Gansu, Jilin, Sichuan, Hubei,
Xinjiang and Yunnan) were found in the stored pages: lanzhouxinqu-2023-ewc, 新甘肃's news of 兰州新区's work meeting of 13 January
2023 (12 labels: the targets of 2023, 地区生产总值增长16%以上 and the growths of investment, 规上工业增加值, 第三产业增加值, 一般公共预算收入同口径增长20%以上 as
the local revenue and retail sales, and 城乡居民人均可支配收入分别增长6%、8%以上 shared out as 6 and 8%以上, as xianyang-2023-plan does; and the
expected growths of 2022 of the GDP, investment, industry and the local revenue); changchungxq-2018-ewc, 长春日报's news of
长春高新区's 2018年重点工作落实推进会 of 29 January 2018 (6 labels: the growths of the GDP, investment and 地方财政收入 as the local revenue,
expected for 2017 and as the targets of 2018; 营业总收入 and 规模以上工业产值 not labelled); two news items of the work meetings of 天府新区:
tianfuxinqu-2020-ewc, of the meeting of 20 March 2020 for the area governed from Chengdu (4 labels, expected:
天府新区成都直管区地区生产总值实现476亿元、增长10.3% and investment's 551.3亿元 and 16.6%; 四川天府新区地区生产总值突破3000亿元 a milestone), tianfuxinqu-2021-ewc,
of the whole area's meeting of 5 March 2021 (4 labels: the GDP's 3561亿元 and 6.7% and 新增城镇就业1.3万人 expected, and 地区生产总值增长8%以上
the target, each labelled once where subheadings repeat them); donghugxq-2024-gwr, 东湖高新区's work report for 2024 as its site
posts it in February 2024, named with the suffix as donghu is 东湖区's (2 labels, expected: the economy's 全年增长4.7%，总量达到2715亿元
as the GDP's; the quarters, 固定资产投资超1200亿元, a milestone, and 外商直接投资6.8亿美元, not the catalogue's 实际利用外资 by name, not labelled);
wulumuqijkq-2024-plan, the account of the execution of the 2023 plan of 乌鲁木齐经济技术开发区 (头屯河区) posted in March 2024 (6 labels,
expected: the growths of the GDP, industry, 外贸进出口 as 进出口总额, the local revenue and retail sales, and 固定资产投资同比持平 as a worded
result); and kunminggxq-2014-ewc, 城市信息网's news of 昆明高新区's economic work meeting of 24 January 2014 (3 labels, expected:
规模以上工业增加值增长18%, 规模以上固定资产投资增长率26% as investment and 地方公共财政预算收入20.38亿元; 营业总收入 not labelled; the site's stray の kept); all cut
at their last whole sentence, half-width punctuation written back full-width. The set was asked for the work and plan
reports of national-level new areas and development zones of northern, central and western China reviewing 2010 to 2025; the
thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named 两江新区 (twice), 天府新区 (twice),
西咸新区 (twice), 贵安新区 (twice), 兰州新区 (twice), 郑州航空港 (twice), 湘江新区, 赣江新区, 哈尔滨新区, 金普新区, 滇中新区, 长春新区, 雄安新区, 西安高新区, 东湖高新区, 成都高新区,
长沙经开区, 合肥高新区, 南昌高新区, 乌鲁木齐经开区, 贵阳高新区, 昆明高新区, 山西转型综改示范区 and the new areas' plan reports in general; they reached zone-years
the corpus holds (贵安新区 and 兰州新区 reviewing 2019, 长春新区 2021, 汉南区 2020), copies in traditional characters (天府新区 2022, 长春新区
2018, 东湖高新区 2011, 西咸新区's third quarter, 贵安新区 2024), 兰州新区's news reviewing 2021 with only a milestone and 同比增长超20%, a
year-review feature of 兰州新区报 (2020) and a newspaper advertisement of 航空港 (2020) that are no meeting's or report's news,
泾河新城's work summary of 2020 with no date, 湘江新区's plan of 2023 that stops before any figure, news of parts of years (哈尔滨新区,
西咸新区, 西安高新区, 长春新区, 航空港, 兰州新区), a yearbook entry (哈尔滨高新区 2010), press conferences and profiles (南昌高新区, 航空港 2024) and the
cities' own reports, so that the set holds seven reports. The helper also labelled zhengzhouhkg-2018-ewc (航空港 2017, 8
labels) and tianfuxinqu-2023-ewc (天府新区 2022, 1 label), which blind393's helper had found at the same time, with the same
labels; they stay in blind393 (the first as zhengzhouhangkonggang-2018-ewc) and were taken out of this set on merging. The
seven were labelled by hand before extraction ran on them (37 labels), and scored once on the branch as it stood (6829c62):
recall 86.5% (32/37), precision 97.0% (32/33) (with the two, 41/46 and 41/43, the second's one label and the first's eight
found): missed, tianfuxinqu-2020-ewc's 天府新区成都直管区地区生产总值实现476亿元、增长10.3% (both, presumably as the area's name stands between 新区
and the indicator), donghugxq-2024-gwr's 全年增长4.7%，总量达到2715亿元 (both, the item naming no 地区生产总值) and wulumuqijkq-2024-plan's
固定资产投资同比持平 (the worded result); wrong, donghugxq-2024-gwr's 外商直接投资6.8亿美元 (read as 实际利用外资, which the labels leave out);
sixteen proposals of indicators outside the catalogue left out (with the two's); the cites test passed; no label changed.
Twenty-five more (`blind394`, reviewing 2013 to 2024 in the districts and new areas of Shenzhen and Guangzhou) were found in the
stored pages, all work reports (of district governments, and of 大鹏新区's management committee to 龙岗区's congress), all cut at their
last whole sentence, half-width punctuation written back full-width: luohu-2014-gwr, 罗湖区's report of 16 January 2014 as an
investment-promotion listing page gives it (12 labels, expected: the GDP, retail sales, 规模以上工业增加值, investment and 进出口总额 in 亿美元,
each in level and growth, retail sales' comparable 按可比口径增长15.5% beside its 10.7%, and the local revenue's 增长7.3%, its 首次突破60亿元 a
milestone); luohu-2015-gwr, 罗湖's report reviewing 2014 as a model-essay site gives it with no date (8 labels, expected: the
growths of the GDP, retail sales and the local revenue, whose levels are milestones (突破1600亿元, 突破1000亿元, 突破65亿元), investment's
97亿元 and 9%, 进出口总额425.52亿美元 and its 14.7%, and 实际利用外资9.25亿美元); luohu-2019-gwr, its report of 15 January 2019 on the district's
site (8 labels, expected: the GDP, 社会消费品零售 as retail sales, investment and the local revenue, each in level and growth;
新增国家级高新技术企业110家 an increment, not labelled); haizhu-2024-gwr and haizhu-2021-gwr, 海珠区's reports of January 2024 and February
2021 (2 labels each, expected: the GDP in level and growth; the five-year averages not labelled); tianhe-2024-gwr, 天河区's report
of 19 March 2024 (2, expected: the GDP), and tianhe-2020-gwr, the district site's item on its report of 11 June 2020 reviewing
2019 (2, final: the GDP); nansha-2024-gwr, 南沙区's report of 28 May 2024 (2, final: the GDP), nansha-2016-gwr, its report of 29
March 2016 with its garbled date line and lost separators kept (7, expected: the GDP, the local revenue and investment of 2015,
and the urban and rural incomes' 3.83万元、2.28万元 with 9.2%9.6% read in order; the averages not labelled) and nansha-2021-gwr, its
report of 24 February 2021 (1, expected: the end of the span 由1063.23亿元增至1846.11亿元); huadu-2021-gwr, 花都区's report of 27 October
2021 on the five years to 2020 (3, final: the GDP, the local revenue and retail sales of the “十三五”期末, their averages not
labelled); longgang-2015-gwr, longgang-2016-gwr and longgang-2017-gwr, 龙岗区's reports reviewing 2014 to 2016 on the district's
site (12, 8 and 10, expected: 规模以上工业企业增加值 as 规上工业增加值, 公共财政预算收入 and 一般公共预算收入 as the local revenue, 外贸进出口总额 in 亿美元, the GDP's
增长9.6%以上 as written beside the milestone 突破3000亿元, not labelled, and 万元GDP能耗…下降4.3%); yantian-2022-gwr, 盐田区's report of 18 April
2022 (2, final: the GDP); liwan-2025-gwr, 荔湾区's report of 17 April 2025 (4, final: the GDP and the local revenue), and
liwan-2014-gwr, its report reviewing 2013 from section 一 with no title or date (8, expected: the GDP, investment, 公共财政预算收入 as
the local revenue and 城市居民人均可支配收入4.14万元 as the urban income, each in level and growth); pingshan-2018-gwr, 坪山区's report of 25
January 2018 (10, expected: the GDP, industry, investment, retail sales and the local revenue with its 同口径增长30%, each in level
and growth), and pingshan-2017-gwr, the preparatory group's report of 19 January 2017 on the seven years of 坪山新区 (1, expected:
国家级高新技术企业达135家; the milestone, multiples and averages not labelled); guangming-2025-gwr, 光明区's report of 2 March 2025 (8,
expected: the GDP, retail sales and the local revenue in level and growth, industry's 9.2% and 全社会研发投入102.7亿元 as
全社会研究与试验发展经费投入), and guangming-2023-gwr, the third page of a collection's copy of its report of 11 January 2023 (3, expected:
6.5%左右, 7%左右 and 7.8%左右, the growths of the GDP, investment and retail sales); and dapeng-2025-gwr, dapeng-2024-gwr,
dapeng-2015-gwr and dapeng-2020-gwr, the reports of 大鹏新区's management committee reviewing 2024, 2023, 2014 and 2019 (6, 3, 12
and 4, expected: 服务业增加值 as 第三产业增加值, 地方一般公共财政预算收入 as the local revenue, 社会消费品零售 as retail sales, the growths of 2019 as written
with 左右; 地区生产总值首次突破400亿元大关, a milestone, and 规上工业增加值保持平稳增长, which names no rate, not labelled). The set was asked for the work
and plan reports of the districts and new areas of Shenzhen and Guangzhou reviewing 2008 to 2025, district-years the corpus
lacks; twenty-seven look-ups of the search budget of thirty (it did not run out) named 从化 (twice), 花都, 越秀 (twice), 宝安 (three
times), 南山 (twice, once for its plan reports), 南沙, 天河, 福田, 黄埔 (twice), 海珠, 罗湖, 龙岗, 盐田, 荔湾, 增城, 白云, 坪山, 光明, 大鹏, 番禺 and 龙华's plan
reports; they reached reports of district-years the corpus holds (福田 2008, 2016 and 2018, 番禺 2019 and 2022 and its plans
reviewing 2021 and 2023, 天河 2024, 南沙 2022, 龙华 2017 and 2020, 宝安 2019 and 2023 and its plan reviewing 2016, 南山 2022, 罗湖 2020 and
2022, 盐田 2011 and its plan reviewing 2022, 龙岗 2010, 2013 and 2024, 增城 2021 and 2022, 白云's plan reviewing 2024, 花都's reviewing
2023, 光明 2023, 坪山 2021), copies in traditional characters (白云 2009, 花都 2005, 2015 and 2025 and its plan reviewing 2020, 福田 2011,
越秀 2016, 番禺 2018, 海珠 2021, 荔湾 2022, 盐田 2019 and 2023, 坪山 2021, 天河's news of October 2021), openings that stop before any
catalogue figure (越秀 2020, 黄埔 2017 and 2021, 龙岗 2011, 大鹏 2020 and 2021, 光明 2021, 龙华's plan reviewing 2020) or whose figures
stand in the sentence the stored copy breaks (黄埔 2018, 荔湾 2023, 南沙 2024), news with figures of eleven months alone (坪山 and 龙华
reviewing 2023), midyear reports (越秀, 龙岗, 南山, 白云), a copy with its years masked (龙岗), statistical bulletins (海珠 and 花都 2020), a
party congress report (宝安 2021), an encyclopaedia page (黄埔) and the reports of Shenzhen, Guangzhou and other cities; nothing of
从化 came up, and 南沙's report of October 2021 on the same five years was left for its February report, so that the set holds
twenty-five reports; they were labelled by hand before extraction ran on them (140 labels), and scored once on the branch as it
stood (0a297d0): recall 99.3% (139/140), precision 99.3% (139/140): missed luohu-2015-gwr's investment growth
(固定资产投资额97亿元，突破历史最高纪录，增长9%, the growth after a clause); wrong, liwan-2014-gwr's 占全区社会消费品零售总额21.8%, the share of e-commerce in
retail sales read as their growth; fifty-one proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.
Ten more (`blind396`, reviewing 2013 to 2024 in the districts and county-level cities of 苏州, 无锡, 常州 and 南通) were found in the
stored pages, all government work reports, all cut at their last whole sentence, half-width punctuation written back full-width:
liyang-2025-gwr, a news aggregator's repost of the news of the opening of 溧阳's congress on 4 January 2025, where the mayor 周永强
delivered the report (1 label, expected: 全年地区生产总值突破1650亿元，增长6%, the growth; the level a milestone, not labelled);
yixing-2021-gwr, the report the acting mayor 陈寿彬 delivered to 宜兴's congress on 13 January 2021, on a document site with a ***
for a name (7 labels, expected: the GDP 1846亿元 and its 可比价增长4.2%, 一般公共预算收入 as the local revenue in level and growth,
investment's 10.5% and 城镇和农村居民人均可支配收入分别增长4.3%、5.2% for each side); changshu-2024-gwr, the report the mayor 秦猛 delivered to 常熟's
congress on 8 January 2024, on a report-collection site (7 labels, expected: the GDP and the local revenue in level and growth,
retail sales 1290亿元, investment 625亿元 and 进出口总额1508亿元 in 亿元), and changshu-2018-gwr, the report the mayor 周勤第 delivered in
January 2018, on the city's site with its date line run together (──201813日…, delivered given as 2018-01) (8 labels, expected:
the GDP and the local revenue in level and growth, retail sales' 8.5%, investment 550亿元 and 外贸进出口238亿美元、增长19.8% as 进出口总额;
规上工业增加值率22.5%, a rate, not labelled); taicang-2019-gwr, the report the mayor 王建国 delivered to 太仓's congress on 8 January 2019,
on a writing-help site with its stray ? marks kept (6 labels, expected: the GDP, the local revenue and investment, each in level
and growth); wujiang-2019-gwr, the report the district head 李铭 delivered to 吴江区's congress on 8 January 2019, on the Suzhou
portal (10 labels, expected: the GDP, the local revenue (its 首次突破200亿元大关 beside the exact 202.9亿元 no second value), investment,
retail sales and 进出口总额 in 亿美元, each in level and growth); xinwu-2022-gwr, the report the acting district head 章金伟 delivered to
新吴区's congress on 25 January 2022, on a regional-data forum (11 labels, expected: the GDP 2271.06亿元 after its milestone
突破2000亿元大关 and its 11%, the local revenue in level and growth, 规上工业增加值达到1629.87亿元, investment's 5.3%, 进出口总额568.7亿美元 and its
13.3%, 实际使用外资13.3亿美元 as 实际利用外资, and retail sales in level and growth; trade in services not labelled); haimen-2014-gwr, an
industry news site's paragraph of 海门市's report reviewing 2013, with no date (delivered given as the year) (12 labels, expected:
财政总收入 as the total revenue and 地方公共财政预算收入 as the local revenue, the GDP, investment and retail sales, each in level and growth,
城镇居民人均可支配收入3.3万元 and 农民人均纯收入1.7万元 as the rural net income); zhonglou-2023-gwr, the report the district head 李超鲲 delivered to
钟楼区's congress (常州) on 3 January 2023, on the district's site from its date line (3 labels, expected: 完成地区生产总值890亿元以上 as
written, investment 231亿元 and retail sales 498亿元; 一般公共预算收入超52亿元, a threshold passed, not labelled); and zhangjiagang-2017-gwr,
the report the mayor 黄戟 delivered to 张家港's congress on 6 January 2017 on the term to 2016, on a party-learning site of the city
(1 label, expected: 全社会研发投入占地区生产总值比重达到2.7% as 研究与试验发展经费投入强度; the five years' averages, 累计完成全社会固定资产投资3735亿元 and 实际利用外资36亿美元, read
as the five years' sum, not labelled). The set was asked for the work and plan reports of the districts and county-level cities
of 苏州, 无锡, 常州 and 南通 reviewing 2008 to 2025, place-years the corpus lacks; twenty-seven look-ups of the search budget of thirty
(it did not run out) named 江阴 (twice), 溧阳, 启东 (twice), 宜兴, 武进, 常熟, 张家港, 昆山 (twice), 太仓, 吴江, 相城, 新北, 锡山 (twice), 惠山 and 新吴, 如皋,
海安 (twice, once with 如东), 通州, 梁溪, 金坛, 天宁 and 钟楼, 吴中 and the plan reports of 苏州's county-level cities; they reached reports of
place-years the corpus holds (宜兴 2025, 海门 2019 and 2023, 武进 2025, 张家港 2017 and its plan reviewing 2021, 昆山 2013 and 2021, 太仓
2019 and 2024, 吴江 2017, 常熟 2010 and 2022, 如东 2019, 如皋 2025, 通州 2010 and 2017 and its plan reviewing 2024, 滨湖 and 梁溪 2022, 崇川
2022 and 2023, 吴中 2024), copies in traditional characters (启东 2017 and its plan reviewing 2020, 海门 2005, 金坛 and 吴中 2023, 常熟
2024, 昆山 2020, 宜兴 2021 on its term, 吴中's plan reviewing 2019), openings that stop before any figure (江阴 and 太仓 2022, 姑苏 2023,
新北's news of August 2017) or whose figures stand in the sentence the copy breaks (吴江 2023), 金坛's digest reviewing 2024 with no
catalogue figure and a page of its targets naming no year, 太仓 2016 on its term with milestones alone, 溧阳's news reviewing 2014
with no address in the store, news that is no report (天宁 2017, 武进's inspection of 2017, new-year addresses of 江阴, 启东 and 武进),
吴中's work summary of 2016, half-year plans (启东 2020), statistical bulletins (宜兴 2016, 相城 2013, 武进 2021, 张家港 2023), a yearbook
page (无锡 2023) and the cities' own reports, so that the set holds ten reports; they were labelled by hand before extraction ran
on them (66 labels), and scored once on the branch as it stood (060b027): recall 100% (66/66), precision 100% (66/66): all
sixty-six found; nothing missed, nothing wrong; thirty-six proposals of indicators outside the catalogue left out; the cites
test passed; no label changed.
Eight more (`blind397`, reviewing 2010 to 2025 in the districts and county-level cities of 佛山, 珠海, 江门 and 湛江) were found in the
stored pages, all work reports of districts and county-level cities of Guangdong or news of them, all cut at their last whole
sentence, half-width punctuation written back full-width: sanshui-2025-gwr, 南方日报's item on the report the district head 黄海
delivered to 三水区's congress on 23 January 2025 (7 labels, target: the GDP, 规上工业增加值, investment and retail sales with their 左右,
地方一般公共预算收入与上年持平 and 居民人均可支配收入增长与经济增长基本同步 as worded targets, and 居民消费价格涨幅2%左右); sanshui-2016-gwr, 广州日报's report, reposted by 网易,
of the report the acting district head 胡学骏 delivered on 22 November 2016 on the five years to 2015 (3 labels, final:
全区生产总值…达到1,009亿元 with its thousands comma as written, 固定资产投资…达到582亿元 and 一般地方公共预算收入…达到45.5亿元 as the local revenue; the five-year
averages and the term's targets not labelled); chancheng-2022-gwr, a 南方+ item on 禅城区's report of 4 January 2022 (4 labels,
target: 6.2%左右, industry's 6.5%, and 城乡居民人均可支配收入增长与经济增长基本同步 for each side; GDP首次突破2000亿元 a milestone, not labelled);
jinwan-2024-gwr, 金湾区's report reviewing 2023 on a template site, dated 3 February 2024 from a news item in the store (5 labels,
expected: the GDP, 规上工业增加值, investment, 外贸进出口总额913亿元 in 亿元 and 一般公共预算收入 as the local revenue); xinhui-2016-gwr, 新会区's report of
27 January 2016 with its garbled date line kept (2 labels, expected: the GDP's 520亿元 and 财税总收入126.3亿元 as the total revenue,
unsure; the 十二五 averages not labelled); xiashan-2026-gwr, 湛江日报's untitled item on 霞山区's report of 2 March 2026 (4 labels,
expected: 地区生产总值提高到470.1亿元 as the level of 2025, retail sales, 城镇居民人均可支配收入达5.27万元 and the bare 财政收入's 11.8亿元 as the total
revenue; its 突破10亿元大关 not labelled); heshan-2020-gwr, 江门日报's news, with no address in the store, of the close of 鹤山's sessions
of January 2020 (12 labels: five growths of 2019, expected, and seven targets of 2020, 外贸进出口总额增长1% as 进出口总额 and
人均可支配收入增长与经济增长基本同步 as a worded target of 居民人均可支配收入; 增幅均高于江门平均水平, said beside the five growths, not a second value); and
wuchuan-2011-gwr, 湛江新闻网's news of 吴川's deputies discussing the report of early 2011, delivered given as the year (4 labels,
target: 生产总值增长12%以上, investment, retail sales and 地方财政一般预算收入增长7.92% as the local revenue). The set was asked for the work and
plan reports of the districts and county-level cities of 佛山, 珠海, 中山, 惠州, 江门, 汕头 and 湛江 reviewing 2008 to 2025, place-years the
corpus lacks; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named 三水, 惠城, 蓬江, 惠阳
(twice), 台山, 澄海, 南海 (twice, once for its plan reports), 禅城, 香洲, 斗门, 金湾, 新会, 赤坎, 博罗, 顺德's plan reports, 高明, 潮阳, 廉江, 恩平, 金平, 遂溪,
惠东, 霞山, 鹤山, 龙门, 江海, 吴川 and 潮南; they reached reports of place-years the corpus holds (禅城 2022, 香洲 2020, 斗门 2021, 金湾 2020, 顺德's
plan reviewing 2011 and its reports reviewing 2021, 2022 and 2025, 博罗 2016, 龙湖 2014 and 2022, 惠东 2015, 开平 2024, 鹤山 2022, 霞山
2024, 吴川 2019, 新会's plan reviewing 2017), copies in traditional characters (台山 2012, 惠东 2012, 遂溪 2015, 2017 and 2020, 鹤山 2019,
高明 2022, 赤坎 2024, 蓬江 2025, 斗门's plan of 2025, 香洲's monthly figures), copies that stop before any catalogue figure (惠城 2023, 新会
2024, 江海 2025) or whose figures stand in the sentence the copy breaks (鹤山 2023), a party congress (金湾 2022) and a party plenum
(惠东 2020), statistical bulletins (惠东 2018, 鹤山 2020, 新会 2023), a copy beginning mid-sentence with no catalogue figure (恩平),
features, profiles and encyclopaedia pages (三水, 斗门, 博罗, 高明, 惠东, 龙门, 潮阳, 潮南, 霞山) and the reports of the cities themselves and of
places outside the brief; nothing of the reports of 惠阳, 澄海, 金平, 廉江 or 潮南 came up, so that the set holds eight reports; they were
labelled by hand before extraction ran on them (41 labels), and scored once on the branch as it stood (1c8a826): recall 87.8%
(36/41), precision 90.0% (36/40): missed, sanshui-2025-gwr's worded 地方一般公共预算收入与上年持平, sanshui-2016-gwr's three levels of 2015
(达到1,009亿元, 达到582亿元 and 一般地方公共预算收入…达到45.5亿元), given in November 2016 and labelled final, the first two of which the extractor
proposed as expected, and xinhui-2016-gwr's 财税总收入126.3亿元; wrong, those two expected proposals (全区生产总值年均增长11.7%，达到1,009亿元;
固定资产投资年均增长16.9%，达到582亿元) and sanshui-2016-gwr's targets of the next five years read as targets of 2016 (全社会研发经费投入占地区生产总值比重达到3%以上
as the R&D ratio, 城镇登记失业率控制在3%以内); thirteen proposals of indicators outside the catalogue left out; the cites test passed; no
label changed.
One more (`blind398`, reviewing 2016 in the districts of Shanghai) was found in the stored pages: chongming-2017-gwr, the work
report 唐海龙, head of the former county 崇明县, delivered on 10 January 2017 to the first session of 崇明区's first congress, on the
five years to 2016, as the county-news site zgcounty.com reposted it in 2023, cut at its last whole sentence (…举办三届生态岛国际论坛。),
half-width punctuation written back full-width (1 label, expected: 环境空气质量（AQI）优良率达到78% as 优良空气天数比例 of 2016, the level the five
years reach, as chongming-2018-gwr labels the rate; 万元增加值综合能耗下降21%, a fall over the five years, and 地表水环境功能区达标率, 森林覆盖率 and
自然湿地保有率, no catalogue figures, not labelled; blind359 had left this copy out as giving five years' figures alone). The set was
asked for the work and plan reports of the districts of Shanghai and Beijing reviewing 2008 to 2025, district-years the corpus
lacks; twenty-nine look-ups of the search budget of thirty (it did not run out) named 顺义 (twice), 房山 (three times), 怀柔
(twice), 密云, 昌平, 丰台, 门头沟, 朝阳, 金山 (twice), 黄浦, 静安, 崇明, 松江, 闵行, 宝山, 普陀, 嘉定, 奉贤 and 杨浦, the plan reports of the districts of both
cities, and news of the district congresses (three times); they reached (by the year reviewed) mostly reports of
district-years the corpus holds (延庆 and 昌平 2022, 海淀 2021, 平谷 2016, 大兴 2024, 朝阳 2016 and 2018, 东城's plan reviewing 2018, 门头沟
2019, 丰台 2004, 黄浦 2024, 静安 2017, 2018 and 2023, 长宁 2023, 虹口 2017, 徐汇 2019 and 2021, 闵行 2011, 2012, 2013 and 2019, 宝山 2016 and
2018, 青浦 2020, 嘉定 2020, 崇明 2017, 松江 2016 and 2024, 浦东 2017 and 2018, 奉贤 2025, 普陀 2005 and 2016, 密云 2001), openings that stop
before any catalogue figure (顺义's second page on the five years to 2021, with PM2.5 alone, 石景山 2024, 怀柔 2022, 昌平's five years
to 2021 with averages and milestones alone, 平谷 2018, 朝阳 2020, 普陀 2020, 长宁 2018 and 2020, 松江 2022, 嘉定's plan reviewing 2015,
房山's resolution on its report reviewing 2019, and the news of 丰台 2022, 虹口 2020, 黄浦 2025 and 杨浦 2025), mid-year plan reports
(朝阳 2023 and 2024, with the half year's results alone, 嘉定 2022, 杨浦 2019), copies in traditional characters (房山's news of 2012,
昌平 2006, 密云 2023), English renderings (平谷 2009), a town's mid-year report (颛桥镇), budget reports, statistical bulletins with
years masked (金山), yearbooks (松江) and the reports of the two cities, so that the set holds one report; it was labelled by hand
before extraction ran on it (1 label), and scored once on the branch as it stood (46ac01b): recall 100% (1/1), precision 50%
(1/2): the air-quality rate found; wrong, 万元增加值综合能耗下降21% (the fall over the five years 2012 to 2016, under 五年来) read as 2016's
fall of 万元生产总值能耗; one proposal of an indicator outside the catalogue left out; the cites test passed; no label changed.
Three more (`blind399`, reviewing 2016, 2021 and 2023 in the districts and banners of Baotou and Hohhot) were found in the stored
pages, all government work reports, cut at their last whole sentence, half-width punctuation written back full-width:
jiuyuan-2024-gwr, the report the district head 刘小平 delivered to 九原区's congress on 22 January 2024, as a county-news site
reposts it (13 labels, expected: the GDP, investment, retail sales and 一般公共预算收入 as the local revenue, each in level and growth,
规模以上工业增加值增长28.2%, and 城乡居民人均可支配收入分别完成61040元、30876元，分别增长4.6%、6% shared out in order; investment's
连续三年保持两位数高位增长, over three years, and the investment signed and brought in not labelled); tumotezuoqi-2022-gwr, the report
赵利民 delivered to 土默特左旗's congress on 5 January 2022, as a reposting site gives it with no title (11 labels, expected: the GDP,
the local revenue, retail sales and the urban and rural incomes, each in level and growth, and 固定资产投资完成68亿元, its
同比增长2.8倍 no percentage and not labelled; 新增高新技术企业7家, an increment, not labelled); and kundulun-2017-gwr, the report the
acting district head 邵文祥 delivered to 昆都仑区's congress on 25 February 2017, on the district's site (10 labels, expected: the
GDP, investment, retail sales, the local revenue and the urban income, each in level and growth; the shares in the city, their
changes in points and the margins over the region and the city not labelled). The set was asked for the work and plan reports of
the districts, counties and banners of Hohhot, Baotou, Yinchuan, Xining and Urumqi reviewing 2008 to 2025, place-years the corpus
lacks; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent) named 赛罕 (twice), 昆都仑
(twice), 九原, 东河, 青山 of Baotou, 土默特左旗, 托克托, 武川, 达尔罕茂明安联合旗, 回民, 新城区 of Hohhot, the districts' plan reports
of Baotou and Hohhot, 金凤 (twice), 兴庆, 西夏, 永宁, 贺兰, 灵武, 城东, 城西, 湟中, 大通, 天山, 沙依巴克, 米东, 水磨沟 and 新市区; they
reached reports the corpus holds (昆都仑 2017, 土默特左旗 2023, 青山 of Baotou 2022, 兴庆 2020, 和林格尔 2010, 赛罕 2015), copies in
traditional characters (昆都仑's plan reviewing 2010, 九原 2012, 土默特左旗 2017, 青山 of Baotou 2024, 固阳 2024, 湟中 2023, 城中 2022),
openings that stop before any figure (九原's report of January 2022 and its news of January 2026, 土默特右旗 2022, 沙依巴克 2023,
新城区 of Hohhot's report of February 2021 and its plans reviewing 2020 and 2022, 湟中's news of July 2021, 西夏's news of November
2021), 回民's report of 2022 with only four years' averages and sums, a district head's words on 西宁's city report (城东 2023),
yearbook entries, profiles and the cities' own reports, so that the set holds three reports; they were labelled by hand before
extraction ran on them (34 labels), and scored once on the branch as it stood (e8730e0): recall 85.3% (29/34), precision 100%
(29/29): missed, all in kundulun-2017-gwr, the growths of the GDP (增长7.8%), investment (增长14.5%), retail sales (增长9.8%) and
the local revenue (增长4.9%), each after its level and a clause of its share in the city (占全市的比重为29.37%，比2015年提高0.56个
百分点，增长7.8%), and the urban income's level after its growth and such a clause (城镇常住居民人均可支配收入增长7.3%，比2015年提高0.2个百分点，
达到43922元); nothing wrong; nine proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Nine more (`blind400`, reviewing 2011 to 2025 in the districts and county-level cities of Xiamen and Quanzhou) were found in the
stored pages, all government work reports, all cut at their last whole sentence, half-width punctuation written back full-width:
siming-2015-gwr, 海西晨报's news of the report 思明区's head 黄乔生 delivered on 10 February 2015 (8 labels: 2014's 财政总收入180.30亿元 as
the total revenue and investment's 234.28亿元, expected; the targets of 2015, 地区生产总值增长8.5%左右, 财政总收入和区级财政收入分别增长8.5%左右
shared out to the total and the local revenue, 固定资产投资180亿元, 新增就业2.5万人 as 城镇新增就业 and 城镇居民人均可支配收入51997元);
nanan-2025-gwr, 南安's report of 24 December 2025 on the city's site (1, expected: 预计全市地区生产总值增长5.2%); jimei-2026-gwr, a
document site's copy with no date of 集美区's report for 2026 (5, expected, delivered taken as December 2025 from the district's
practice: the GDP's 5.7%, 一般公共预算总收入141亿元, 区级一般公共预算收入35.5亿元 as the local revenue and 城乡居民人均可支配收入增长与经济增长基本同步
for each side), and jimei-2018-gwr, 厦门晚报's news of its report of December 2017, named for 2018 as jimei-2017-gwr is (3,
expected: 规上工业增加值 241亿元 and 10%, 国家级高新技术企业突破200家 as a count passed); tongan-2018-gwr, a reposted news report, its
headline garbled by the site (提高小地鼠的花园质量效益), of 同安区's report of 26 December 2018 (11, expected: the GDP, 财政总收入 as the
total and 区级财政收入 as the local revenue and retail sales in level and growth, investment's 25%, the incomes' 8.8% and 9.0% shared
out), tongan-2023-gwr, 改革网's news of its report of 27 December 2023 (2, expected: 1.5%左右 and 10%以上, the GDP's and investment's;
居民人均可支配收入稳步提高 names no rate and 超520亿元 is a milestone, neither labelled), and tongan-2016-gwr, a newspaper's reading of its
report of early 2016, reposted under an advertiser's headline (1, expected: 实际利用外资3.6亿美元; the 十二五 averages, milestone and
sums not labelled); quangang-2011-gwr, 东南网's reading of 泉港区's report to the session of 12 to 16 December 2011 (4, expected: the
GDP's 220亿元, 财政总收入 as the total revenue, 地方级一般预算收入 as the local revenue and 农民人均纯收入10795元); and xiangan-2024-gwr,
台海网's news of 翔安区's report of 25 December 2024 (4, expected: the growths of the GDP, industry and 全体居民人均可支配收入, and
investment's 665亿元). The set was asked for the work and plan reports of the districts and counties of 厦门, 泉州, 漳州 and 莆田
reviewing 2008 to 2025; thirty look-ups of the shared search budget (it did not run out) named 思明 (three times, once for its plan
reports), 海沧 (three times), 晋江, 湖里, 翔安 and 石狮 (twice each), 集美, 同安, 丰泽, 惠安, 安溪, 龙海, 南安, 仙游, 芗城, 城厢, 涵江, 永春, 漳浦,
鲤城, 泉港 and 长泰; they reached reports of place-years the corpus holds (湖里 2015, 思明 2024, 海沧 2010, 晋江 2018, 集美 2016 and 2022,
同安 2009, 翔安 2016, 石狮 2023, 南安 2022 and 2023, 荔城 2022, 诏安 2022, 漳浦 2017, 仙游 2025, 泉港's plan reviewing 2023), copies in
traditional characters (海沧 2007, 集美 2021 and 2024, 同安 2016 and 2025, 翔安 2014, 晋江 2015 and 2025, 惠安 2023, 石狮 2021, 湖里 2019,
思明's greeting of 2019), news that stops before any catalogue figure of the year (湖里 2018, 晋江 2021 with five-year targets alone, 仙游
2024 with increments alone), a second copy of 同安 2018 with no catalogue figure, features on the five-year plans (秀屿, 泉港),
press conferences and half-year briefings (翔安, 湖里), a copy with its figures masked (XX区), a generated summary (漳浦), county
profiles, and the reports of the cities themselves; nothing of 丰泽, 安溪, 龙海, 芗城, 城厢, 涵江, 鲤城 or 永春 came up, so that the set
holds nine reports; they were labelled by hand before extraction ran on them (39 labels), and scored once on the branch as it
stood (9040326): recall 94.9% (37/39), precision 100% (37/37): missed siming-2015-gwr's GDP target (今年思明区预期地区生产总值增长8.5%左右,
presumably as the place's name stands between 今年 and 预期) and quangang-2011-gwr's local revenue (地方级一般预算收入11.5亿元, presumably as no 财政 names it);
nothing wrong; sixteen proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Five more (`blind401`, reviewing 2015 to 2017, 2020 and 2024 in the national new areas and high-tech zones of Hangzhou,
Qingdao and Shanghai) were found in the stored pages, all work reports of districts that are one with a zone:
binjiang-2016-gwr, binjiang-2017-gwr and binjiang-2018-gwr, the reports of 滨江区 (杭州高新区（滨江）) delivered by 金志鹏 on 11 January
2016, 8 February 2017 and 22 January 2018, reviewing 2015, 2016 and 2017, the first on the district's site, the second on a
mirror of it, the third on an investment-promotion listing page with its lines run together (10, 12 and 9 labels, expected:
the GDP, 财政总收入 as the total revenue and 一般公共预算收入 as the local revenue, each in level and growth, with 全区固定资产投资230亿元,
实际利用外资7.66亿美元 and 自营出口额52.5亿美元，增长12.0% as 出口总额 in the first; retail sales, 服务业增加值 as 第三产业增加值 and investment in level and
growth in the second, growths written 14.0 as the copy writes them; retail sales and 规上工业增加值增长18.1% in the third, its 首次超千亿元 a
milestone; 工业增加值 of all industry, the growths over 2011, the five-year averages and totals not labelled); xihaian-2025-gwr, the part of 西海岸新区's report of early
2025 from the shortcomings to the targets, as a county-news site gives it with no title or date (4 labels, targets of 2025:
全区生产总值增长5.5%以上, the local revenue's 3.5, 城镇新增就业8万人以上 and 居民收入增长与经济增长同步 as a worded target of the all-residents income;
全面完成节能减排降碳…约束性指标, naming no single indicator, not labelled); and pudong-2021-gwr, a reposted news report of 浦东新区's sessions
(两会) of early 2021 with no title or date (1 label, expected: 一般公共预算收入增长0.5%; 预计地区生产总值突破1.3万亿元 a milestone); all cut at their
last whole sentence, half-width punctuation written back full-width. The set was asked for the work and plan reports of
national-level new areas and development zones of eastern and southern China reviewing 2010 to 2025; twenty-nine look-ups of
the search budget of thirty (it did not run out) named 滨江 (four times), 西海岸新区 (three times, once for its plan reports), 浦东
(three times), 苏州工业园区, 江北新区, 南沙 (twice each, once for its plan reports), 新吴区 (twice), 横琴, 合肥高新区, 舟山群岛新区, 前海, 厦门火炬高新区, 滨海新区,
北仑, 昆山开发区, 常州高新区 (新北区), 苏州高新区 (虎丘区) and 中山火炬开发区; they reached zone-years the corpus holds (浦东 2012, 2015 and 2023 to 2025, 南沙
2015, 2018, 2020, 2022 and 2023, 滨江 2014, 昆山 2013, 虎丘 2021, 黄岛 2015, 滨海's plans reviewing 2020 and 2022, 西海岸's reviewing
2018), copies in traditional characters (北仑 2023, 常州经开区 2023, 西海岸新区's news of its 2022 targets, a district's plan reviewing
2019, 厦门火炬's three quarters of 2020, 无锡高新区's profile), openings that stop before any catalogue figure or give milestones and
averages alone (浦东 2011 and 2021, 黄岛 2025, 滨海 2015, 舟山 2016), 南沙's report reviewing 2024, whose figures stand in the sentence
where the copy breaks off, 西海岸's plan reviewing 2022 with only 海洋生产总值 before the break, news of party congresses (黄岛's of
March 2017 and February 2022), a periodical's abstract of 舟山's report of 2016 with a machine translation, not plainly the
report, 苏州工业园区's briefing in Beijing of January 2013 on a betting site's copy, news of parts of years (前海, 横琴, 厦门火炬),
statistical bulletins and releases (新北 2011, 北仑 2021, 西海岸 2020), profiles and overviews (苏州工业园区, 横琴, 新吴, 昆山), 浦东's news of
2004 and the cities' own reports, so that the set held six reports; they were labelled by hand before extraction ran on them
(47 labels), and scored once on the branch as it stood (ed3d4ed): recall 100% (47/47), precision 100% (47/47): nothing missed
and nothing wrong (without the sixth, 100% (36/36) each); sixteen proposals of indicators outside the catalogue left out; the cites test passed; no label changed. The sixth, xinwu-2022-gwr, the report of 新吴区 (无锡高新区) of 25 January 2022, was reached at the same time
by blind396, with the same eleven labels; it stays in blind396, merged first, and was taken out here.
Seven more (`blind402`, reviewing 2013 to 2024 in the districts and county-level cities of 绍兴, 湖州, 金华 and 温州) were found in the
stored pages, all government work reports of districts and county-level cities, two as news of the congress and two as
continuation pages of the city paper: yuecheng-2024-gwr, the report the district head 钱林江 delivered to 越城区's congress on 16
January 2024, on the district's site (8 labels, expected: the growths of the GDP, investment, retail sales, 进出口总额, the local
revenue and both incomes, and 全社会研发经费投入强度首次突破3.0%大关 as the R&D intensity's 突破3.0, a ratio passing a threshold; 新增国家高新技术企业114家
an increment, not labelled); yuecheng-2019-gwr, 绍兴网's news of 10 January 2019 from 越城's congress then in session (4 labels,
expected: the growths of the GDP, the local revenue and both incomes; 规上工业总产值 no catalogue figure); wuxing-2017-gwr, the report
the acting district head 陈江 delivered to 吴兴区's congress on 19 February 2017 on the five years to 2016, on the district's site
(6 labels, expected: the levels of 2016 of the GDP, 财政总收入 as the total revenue, 地方财政收入 as the local revenue, retail sales and
both incomes; the five-year averages and the five years' cumulative investment, foreign capital and exports not labelled);
shengzhou-2019-gwr, the report the acting mayor 严钢 delivered to 嵊州's congress on 22 January 2019, on a reports site (12 labels,
expected: the GDP, the local revenue, investment, retail sales and both incomes in level and growth; 节能减排完成上级下达任务 names no
single catalogue figure); dongyang-2018-gwr, 浙江在线's feature of 8 February 2018 on 东阳's two sessions (10 labels, expected: the
GDP, 财政总收入首次突破百亿大关，达100.9亿元 as the total revenue, its exact level labelled beside the milestone, the local revenue and both
incomes, each in level and growth; 城乡人均收入实现与经济发展同步增长, said beside the figures, not a second value); ruian-2014-gwr, the
continuation page of 瑞安's report reviewing 2013 in 瑞安日报 of 14 January 2014 (2 labels, expected: 限额以上固定资产投资380亿元，增长20%); and
ruian-2025-gwr, the continuation page of a report reviewing 2024 in the same paper of 24 February 2025, taken for the work
report by its date and headings (1 label, expected: 实际使用外资增长60.1% as 实际利用外资); all cut at their last whole sentence, half-width
punctuation written back full-width. The set was asked for the work and plan reports of the districts and counties of 温州, 绍兴,
嘉兴, 湖州, 金华 and 台州 reviewing 2008 to 2025, place-years the corpus lacks; the thirty look-ups of the search budget (all used; the
tool never said the budget was spent) named 鹿城 (twice), 椒江 (twice), 乐清 (twice, once by its plan reports), 柯桥, 瑞安, 上虞, 黄岩, 路桥,
秀洲, 婺城, 永康, 温岭, 南湖, 诸暨, 长兴, 桐乡, 吴兴, 越城, 瓯海, 绍兴县, 兰溪, 天台, 东阳, 嘉善, 泰顺 and 文成, 德清 and 安吉, and 永嘉 and 苍南; they reached reports of
place-years the corpus holds (瓯海 2003 and 2014, 龙湾 2018 and 2019, 瑞安 2020, 平阳 2020, 诸暨 2020, 龙港, 临海 and 南浔 2022, 玉环 2023, 温岭
2024, 仙居 2018, 嵊州 2015 and 2017, 安吉 2017, 东阳 2018, 德清 2013, 长兴's plan reviewing 2017, 越城's reviewing 2013), copies in
traditional characters (秀洲 2022, 龙湾 2024, 婺城's plan reviewing 2022), copies with years masked or missing (长兴, 德清), openings
that stop before any catalogue figure (金东 2015, 路桥 2022, 椒江 2021, 天台 2021, 秀洲 2025, 瑞安's plan reviewing 2020) or whose only
figures stand in the sentence the stored copy breaks (黄岩 2017: 全区预计完成地区生产总值438亿元，增长9.2%；财政总收入), news without figures (椒江 2014,
乐清 2025), a county party secretary's talk to retired cadres (婺城 2013), statistical bulletins, yearbooks and annals (上虞, 南湖, 越城,
婺城, 东阳, 文成, 永康, 路桥), and reports of 温州, 金华, 湖州, 嘉兴 and cities of other provinces, so that the set holds seven reports; they
were labelled by hand before extraction ran on them (43 labels), and scored once on the branch as it stood (dcc1e5b): recall
97.7% (42/43), precision 95.5% (42/44): missed, yuecheng-2024-gwr's 全社会研发经费投入强度首次突破3.0%大关 (presumably as 首次 stands between the
name and the threshold, or as 大关 follows it); wrong, wuxing-2017-gwr's 实到外资9.97亿美元 and 自营出口319亿元, the five years' cumulative
paid-in foreign capital and exports (累计完成合同外资14.6亿美元，实到外资9.97亿美元…自营出口319亿元), proposed as 实际利用外资 and 出口总额 of 2016; seventeen
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Two more (`blind403`, reviewing 2019 and 2021 in the county-level city 兴化 of 泰州) were found in the stored pages, both
government work reports of 兴化, cut at their last whole sentence, half-width punctuation written back full-width:
xinghua-2020-gwr, the news on the city congress's site of the opening on 3 January 2020 of 兴化's congress, where the mayor 方捷
delivered the report reviewing 2019 (8 labels, expected: 预计全年实现地区生产总值940亿元，增长5%, 一般公共预算收入39.76亿元，增长0.9%
as the local revenue, and the urban and rural incomes 42907元 and 21856元 with their 8.6% and 8.9%; the copy has no headline, and
its title is its first sentence shortened); and xinghua-2022-gwr, the report the acting mayor 殷俊 delivered to the city's
congress on 10 January 2022 on the five years to 2021, on the city's disclosure site (2 labels, expected: the levels that end the
five years' account, 一般公共预算收入46.16亿元 as the local revenue and 固定资产投资324亿元; 地区生产总值迈上千亿元台阶 a milestone and
the three 年均增长 five-year averages, not labelled). The set was asked for the work and plan reports of the districts, counties
and county-level cities of 扬州, 泰州, 盐城, 淮安, 连云港, 宿迁, 徐州 and 镇江 reviewing 2008 to 2025, place-years the corpus lacks;
the thirty look-ups of the search budget (all used; the tool never said the budget was spent) named 江都 (twice), 邳州 (twice),
靖江 (twice), 仪征 (twice), 扬中 (twice), 泰兴, 东台, 丹阳, 句容, 新沂, 邗江, 铜山, 大丰, 高邮, 东海, 盐都, 淮安区, 睢宁, 赣榆, 海州,
涟水, 射阳, 建湖, 兴化 and 宝应; they reached reports of place-years the corpus holds (泰兴 2017, 东台 2023, 泉山 2023, 沭阳 and
泗阳 2018, 连云区 2022, 宝应 2022, 盐都 2006, 丹阳 2016 on a yearbook page, 洪泽's plan reviewing 2021, which its site files as a
statistical bulletin), copies in traditional characters (句容 2013 and 2023, 大丰 2017, 邗江 2020, 东海 on its term to 2011,
泰兴's news of 2018), openings or pages that stop before any catalogue figure (江都's tasks of 2025, 淮阴's fourth page reviewing
2022, 句容's second page reviewing 2022, 泗洪 2024, 清江浦 2021, 新沂 2025, 邳州's news of March 2012, 淮安区's news of 2025 with no
address in the store), a generated summary (赣榆 2024), an interview of 赣榆's district head on the targets of 2019, a feature on
句容 in 镇江日报's session pages, a district party congress report (邗江 2016), new-year addresses (泰兴, 高邮), a closing speech
(睢宁 2010), news of a meeting on development zones (靖江 2025), statistical bulletins (高邮 2024, 射阳 2004, 大丰 2018), a yearbook
page (滨海 2008), five-year outlines (睢宁, 赣榆), encyclopaedia pages and the reports of 徐州, 扬州, 宿迁, 盐城, 镇江 and cities of
other provinces, so that the set holds two reports (人民网's news of xinghua-2022-gwr's session, a second copy of the same report,
left out); they were labelled by hand before extraction ran on them (10 labels), and scored once on the branch as it stood
(38e3ca3): recall 100% (10/10), precision 100% (10/10): nothing missed, nothing wrong; no proposal of an indicator outside the
catalogue left out; the cites test passed; no label changed.
Two more (`blind404`, reviewing 2017 and 2022 in the counties and county-level cities of 肇庆 and 云浮) were found in the stored
pages, a government work report and news of a congress opening: guangning-2018-gwr, the report the county head 黄靖 delivered to
广宁县's congress on 25 January 2018, on a report-collection site (zfbgw), cut at the heading （一）工业经济提质增效。 (17 labels, expected: the
GDP 153亿元 and 同比增长（以下简称增长）6%, 一、二、三产业增加值分别增长5.5%、6.8%、5.6% as the three sectors' growths, 规模以上工业增加值, 一般公共预算收入 as the local
revenue, retail sales, investment (增长9.0% as written), 外贸进出口总额9.47亿元 as 进出口总额 and 实际利用外资1175万美元, each in level and growth; 工业总产值
and 农业总产值, gross output, and the sector ratios not labelled); and luoding-2023-gwr, news of 14 March 2023 from the office of 罗定's
congress on the opening of its session, at which the mayor 罗永雄 gave the report reviewing 2022, its date written 314上午 with 月 and 日
dropped (2 labels, expected: 全年实现地区生产总值319.19亿元、增长1.8%); both cut at their last whole sentence, half-width punctuation written
back full-width. The set was asked for the work and plan reports of the districts, counties and county-level cities of 梅州, 河源, 清远,
韶关, 肇庆, 云浮, 阳江, 茂名, 揭阳, 潮州 and 汕尾 reviewing 2008 to 2025, place-years the corpus lacks; the thirty look-ups the brief allowed (the
tool never said the budget was spent) named 英德, 信宜, 海丰, 阳春, 普宁, 四会, 曲江, 电白, 潮安, 高州, 罗定, 清新, 梅江 (by its plan reports), 源城, 湘桥, 兴宁,
江城, 高要, 茂南 and 饶平 once each, and 南雄 and 乐昌, 怀集 and 广宁, 揭西 and 惠来, 翁源, 始兴 and 仁化, 龙川, 东源 and 连平, 新丰 and 乳源, 云安 and 云城, 化州 and 信宜,
揭东 and 陆河 together, and the counties' plan reports of Guangdong; they reached (by the year reviewed) mostly reports of place-years
the corpus holds (陆丰 2021 and 2022, 普宁 2023, 兴宁 2019, 源城 2021, 高州 2021, 化州 2015, 连州 2022, 阳西 2018 and 2022, 封开 2017, 德庆 2019, 大埔
2019, 紫金 2019, 蕉岭 2019, 梅县 2015, 罗定 2025, 陆河's plan reviewing 2024) and reports of the prefecture-level cities, copies in
traditional characters (英德 2021, 兴宁 2022, 清城 2006, 连州 2022 on a second site, 普宁's news of 2021, 连平's of 2016, 南雄's feature on
2018), openings that stop before any figure (海丰's news of March 2024, 饶平's of March 2022, 梅县's of January 2018 and November 2021,
江城 2021 on its five years, 四会 2019 on a document site, 鼎湖's plan reviewing 2020), a copy with its figures blanked (兴宁 2021), an
English rendering (四会 2022), features and interviews not drawn from a report (电白 on 2021, 源城 on the 十四五, 普宁 in 2026, 茂南's forum
post of 2017 with five-year aims alone), 梅县's news of 2024 with no address, encyclopaedia pages, statistical bulletins and reports
of other provinces, so that the set holds two reports; they were labelled by hand before extraction ran on them (19 labels), and
scored once on the branch as it stood (9aa41e3): recall 100% (19/19), precision 100% (19/19): all nineteen found; nothing missed,
nothing wrong; three proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
Four more (`blind405`, reviewing 2019, 2020, 2022 and 2024 in the districts, counties and county-level cities of 福州 and 南平)
were found in the stored pages, three government work reports and one plan report: jianou-2024-gwr, the news on the site of
建瓯's congress of the session opened on 29 December 2024, where the mayor 吴伟 gave the report reviewing 2024 (12 labels,
expected: the growths of the GDP, investment, 规模工业增加值 as industry and retail sales, 一般公共预算总收入 as the total and
地方一般公共预算收入 as the local revenue in level and growth, and the urban and rural incomes 45080元 and 26690元 with their
growths); fuzhou-changle-2021-plan, 长乐区's plan report on 2020, as the district's site posted it on 4 March 2021, delivered
given as January 2021, when the session that took it opened (12 labels, expected growths: the GDP's 增9% (its 总量突破千亿元 a
milestone), the primary and tertiary sectors, 建筑业增加值增长8% as the catalogue's 建筑业增加值, industry, both revenues,
investment, retail sales, 进出口总额, 实际利用外资增长200% and 居民人均可支配收入; 工业固定资产投资 not labelled);
fuzhou-taijiang-2019-gwr, the report the district head 叶仁佑 delivered to 台江区's congress on 30 December 2019, on the
district's site, with the session's number and two semicolons dropped (14 labels, expected: the GDP, both revenues, retail
sales, investment and 出口总额 in 亿元 as written, each in level and growth, 规模以上工业增加值增长8% and 实际利用外资6.24亿元 in
亿元 as written; 突破500亿元大关 a milestone); and luoyuan-2022-gwr, the report the county head 林志斌 delivered to 罗源's
congress on 26 December 2022, on the county's site (12 labels, expected: the GDP and investment in level and growth,
三次产业增加值分别比增5.2%、7.1%、6.2% shared out to the three sectors, the local revenue's 同口径比增32.7% and the urban and
rural incomes in level and growth); all cut at their last whole sentence, half-width punctuation written back full-width.
The set was asked for the work and plan reports of the districts, counties and county-level cities of 福州, 宁德, 南平, 三明
and 龙岩 reviewing 2008 to 2025; the thirty look-ups of the search budget (all used; the tool never said the budget was
spent) named 晋安 (twice), 新罗 (twice), 闽侯 (twice), 永安 (twice), 蕉城 (twice), 鼓楼 (twice, once with 仓山 for their plan
reports), 福清, 建瓯, 长汀, 福鼎, 延平, 三元, 武夷山, 连江, 建阳, 上杭, 邵武, 马尾, 霞浦 with 古田 and 屏南, 永泰 with 罗源, 连城 with
武平 and 永定, and the news of district congresses of 福州 and of 南平's cities; they reached place-years the corpus holds
(福安 2021, 闽清 and 松溪 2018, 武夷山 and 霞浦 2019, 长乐 2022, 仓山, 寿宁 and 马尾 2023, 台江 2015), copies in traditional
characters (晋安 2021, 闽侯 2019, 福鼎 and 漳平 2024, 马尾's targets of 2020), a copy with its years masked (上杭, 20XX),
openings that stop before any figure (福清 2020, 延平 2021, 长乐's news of its session of January 2021, 连江's page of
targets for 2025, 武夷山's news of December 2024 with no address), reports giving five-year averages and milestones
alone (延平 2016, 邵武 2025), 延平's report on the three years to 2006, statistical bulletins (武夷山 2023, 上杭 2020, 连江
2002), profiles of districts, and the reports of 福州, 宁德, 三明, 漳州, 龙岩 and Fujian; so the set holds four reports;
they were labelled by hand before extraction ran on them (50 labels), and scored once on the branch as it stood (01543d9):
recall 100% (50/50), precision 100% (50/50): nothing missed and nothing wrong; one proposal of an indicator outside the
catalogue left out; the cites test passed; no label changed.
Eight more (`blind406`, reviewing 2014 and 2019 to 2024 in the county-level cities 建德 and 慈溪, the county 宁海 and the district 鄞州区
of 杭州 and 宁波) were found in the stored pages, all government work reports, all cut at their last whole sentence, half-width
punctuation written back full-width: jiande-2020-gwr, 建德's review of 2019 as 建德新闻网's pages on the two sessions of 2020 give it,
with neither title, date nor speaker (delivered given as the year; 9 labels, expected as written 预计: the GDP's 7%, investment's
194亿元 and 12%, 财政总收入 as the total revenue, 地方财政收入首破30亿元，实现31.1亿元，增长10% as the local revenue, its exact level labelled beside the
threshold passed, and the incomes' 7.9% and 9.0%; 28家企业通过国家高新技术企业认定 firms certified that year, not the count, not labelled);
jiande-2022-gwr, the report the acting mayor 王新锋 delivered on 11 February 2022 on the five years to 2021 (2 labels, expected:
the levels ending the spans 财政总收入从38.9亿元增长至66.6亿元 and 一般公共预算收入从22.7亿元增长至38.5亿元; 地区生产总值突破400亿元大关 and 规上工业增加值超过150亿元 milestones,
the averages and the five years' investment not labelled); jiande-2023-gwr, his report of 1 February 2023 as 浙江在线 gives it (5
labels, expected: the levels of the GDP, both revenues and both incomes, no growth given); cixi-2021-gwr, the report the mayor
盛悠 gave early in 2021 on a documents site with no date (delivered given as the year; 8 labels, expected: the whole city's
地区生产总值全市突破“2000亿”达到2008.3亿元 and 4.8%, 一般公共预算收入全市200.5亿元 as the local revenue with its worded growth 与上一年基本持平, and the incomes'
6.7万元 and 4.1万元 with their 万元, 4.9% and 7.5%; the city-level (市级) figures not labelled, as yinzhou-2021-gwr leaves its 区本级 out);
cixi-2023-gwr, 慈溪's report of 4 February 2023 on csmcity.cn (6 labels, expected: the GDP's 2521.6亿元 and 2.3%, both revenues and
the incomes' 7.3万元 and 4.7万元, the city-level figures not labelled); ninghai-2021-gwr, the report the county head 滕安达 delivered
on 21 January 2021 (3 labels, expected: 地区生产总值增长3.5%左右, the local revenue's 2.9% and 规上工业增加值增长5.5%以上; 服务业增加值突破300亿元 a
milestone); ninghai-2025-gwr, the report 楼鼎鼎 delivered on 21 January 2025 on the bx2200.com mirror (1 label, expected:
地区生产总值“千亿再出发”，预计全年增长4.5%以上); and yinzhou-2015-gwr, the report the district head 陈国军 delivered on 28 January 2015 on the
district's site (16 labels, expected: the GDP, 财政总收入 as the total and 公共财政预算收入 as the local revenue, the incomes
(城乡居民人均可支配收入46324和26682元，增长9.4%和11% for each side), investment and retail sales in level and growth, 自营出口总额突破120亿美元，增长9.8% as
出口总额's growth, its level a threshold passed, and 实到外资5.6亿美元 as 实际利用外资). The set was asked for the work and plan reports of the
districts, counties and county-level cities of 杭州 (not 滨江), 宁波, 丽水, 衢州 and 舟山 reviewing 2008 to 2025, place-years the corpus
lacks; the thirty look-ups of the shared search budget (all used; the tool never said the budget was spent) named 富阳, 北仑, 临安 and
桐庐 (twice each), 萧山, 奉化, 临平, 柯城, 岱山, 余姚, 象山, 建德, 龙泉, 定海, 慈溪, 江山, 普陀, 宁海, 青田, 衢江, 遂昌 and 缙云, 常山 and 开化, 海曙, 鄞州 and the plan
reports of 宁波's districts and of 西湖区; they reached reports of place-years the corpus holds (余杭 2008, 2014 and 2019, 萧山 2014, 淳安
2015, 江干 2016, 建德 2006, 余姚 2019, 象山 2021, 慈溪 2016 and 2021, 龙泉 2017, 定海 2020 and 2024, 嵊泗 2021 and 2023, 鄞州 2010, 2013 and 2020
with its plan of 2020, 镇海's and 上城's plans reviewing 2019, 宁海 2010 and 2014, 江山 2024, 缙云 2022, 遂昌 2008, 云和 2023, 海曙 2022, 开化
2011), copies in traditional characters (余杭 2011, 北仑 2023, 建德 2020, 普陀 2009, 庆元 2017, a feature on 临安's ten years), a copy with
its years masked (西湖区, 20xx), copies whose figures stand in the sentence the stored copy breaks (余姚 2021:
地区生产总值由887亿元增加到1441.5亿元…一般公共预算收入由90.6亿元增加; 海曙 2011: …实现外贸自营进出) or that stop before any catalogue figure (岱山 2022 and 海曙 2024 as
news, 定海 2023's continuation page, 普陀 2023, 开化's plan reviewing 2009), 柯城's head's speech to the district government's plenary
of January 2008, 西湖区's report reviewing 2007, mid-year reports and briefings (余姚 2020 and 2025, 普陀 2024, 奉化 2021), statistical
bulletins (北仑 2021, 江北 2022, 奉化 2003, 象山 2006, 临安 2018, 常山 2020 and 2022, 岱山 2003, 定海 2024), 西湖区's five-year outlines, profiles
and the reports of 杭州, 宁波, 金华 and cities of other provinces; no work or plan report of 富阳, 临平, 桐庐, 衢江, 青田, 常山 or 奉化 came up, so
that the set holds eight reports; they were labelled by hand before extraction ran on them (50 labels), and scored once on the
branch as it stood (dd243d7): recall 80.0% (40/50), precision 100% (40/40): missed, jiande-2020-gwr's local revenue
(地方财政收入首破30亿元，实现31.1亿元，增长10%, presumably as the threshold passed stands between the name and the level), cixi-2021-gwr's GDP and
local revenue (地区生产总值全市突破“2000亿”达到2008.3亿元、市级1328.3亿元，分别增长4.8%和3.8%; 一般公共预算收入全市200.5亿元、与上一年基本持平, presumably as 全市 and the
milestone stand between the names and the figures), and yinzhou-2015-gwr's urban and rural incomes in level and growth
(城乡居民人均可支配收入46324和26682元，增长9.4%和11%, a pair joined by 和 with no 分别 and the unit after the second level only); nothing wrong;
twenty-seven proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind407`, reviewing 2020 in Shandong, a government work report of a county-level city) was found in the stored
pages: laizhou-2021-gwr, the report the mayor 李勇刚 delivered to 莱州's congress on 15 January 2021, as a document-sharing site
gives the text layer of a PDF, with line breaks inside sentences, words and numbers and each quotation mark on a line of its
own, cut at its last whole sentence, half-width punctuation written back full-width (4 labels, expected: 全年完成地区生产总值
674.1亿元，增长2.3%, labelled as written with the copy's breaks, 67⏎4.1 and 2.⏎3, and 一般公共预算收入41.2亿元，增长3% as the
local revenue; the rank among the 百强县 no catalogue figure). The set was asked for the work and plan reports of the districts,
counties and county-level cities of Shandong reviewing 2008 to 2025, place-years the corpus lacks; twenty-six look-ups of the
search budget of thirty (the tool never said it was spent; the last four were left unused, miscounted as spent) named 即墨
(twice), 胶州, 平度, 芝罘, 龙口, 寿光 (twice), 张店, 临淄, 任城, 乳山, 曲阜, 章丘, 兰山, 青州, 莱西, 诸城, 邹城, 胶南, 文登, 荣成,
滕州, 市中区's plan reports, and the counties of Shandong and districts of 潍坊 at large; they reached reports of place-years the
corpus holds (平阴 2018, 蓬莱 2023, 荣成 2023, 寿光's plan reviewing 2022, 东昌府 2018, 东阿 2014, 长清 2022, 历城 2019, 莱州
2019, 邹城 2022, 诸城 2022's second page, 滕州 2014), copies in traditional characters (胶州 2009, 济南市中区 2015, 历城 2016,
临淄's press conference of January 2021, 胶南's news of February 2012, 平度's review of the 十三五 years, 滕州's plan reviewing
2020), openings that stop before any catalogue figure (平度 2020, a garbled copy elsewhere, 青州 2022) or give only results to
November (青州 2023: 截至11月底工业增加值增长12.3%) or whose only figures stand in the sentence the stored copy breaks (滕州
2022: 全年地区生产总值完成901亿元、增长4.2%，…实际利用), a second page of a 滕州 report with no catalogue figure, a generated
summary (临淄 2014), a New Year's greeting (临淄 2025), yearbooks and annals (即墨, 平度, 胶南, 芝罘, 龙口, 乳山, 章丘, 临淄,
滕州), a statistical bulletin (荣成 2020), and reports of prefecture-level cities (青岛, 济南, 济宁, 威海, 菏泽) and of other
provinces, so that the set holds one report; it was labelled by hand before extraction ran on it (4 labels), and scored once
on the branch as it stood (ee91c98): recall 100% (4/4), precision 100% (4/4): nothing missed and nothing wrong, the figures
broken by lines included; no proposal of an indicator outside the catalogue left out; the cites test passed; no label changed.
One more (`blind408`, reviewing 2019 in Anhui) was found in the stored pages: qianshan-2020-gwr, the work report of the
county-level city 潜山 (安庆) that the mayor 梅耐雪 delivered to the city's congress, adopted on 3 January 2020, as a
regional-data forum reposts it with its paragraphs run on one line, cut at its last whole sentence, half-width punctuation
written back full-width (4 labels, expected: 预计全市地区生产总值同比增长8.5%, 固定资产投资增长12%, 一般公共预算收入增长10% as
the local revenue and 社会消费品零售总额增长12.5%; the PM2.5 fall and the poverty-relief figures no catalogue figures). The set
was asked for the work and plan reports of the districts, counties and county-level cities of Anhui, Jiangxi, Hubei and Hunan
outside their capitals reviewing 2008 to 2025, place-years the corpus lacks; the thirty look-ups of the search budget (all used;
the tool never said the budget was spent) named 镜湖, 醴陵, 宜都, 汨罗, 瑞昌, 南康, 天元, 西陵, 当涂, 无为, 桐城, 麻城, 贵溪,
鄱阳, 耒阳, 冷水滩, 界首, 潜山 (twice), 怀宁, 修水, 邵东, 蕲春, 乐平, 岳西 and 涟源, the county work reports of Hubei and Hunan,
and the plan reports of Hunan's counties and Anhui's districts; they reached mostly reports of place-years the corpus holds
(宜都 2017, 仙桃 2014, 宿松 and 沅陵 2018, 桂阳 2016, 黄梅 2016, 新晃 2019, 谷城 2020, 霍山 2022, 霍邱 2023, 禹会 2012, 新邵
2013 and 2020), copies in traditional characters (醴陵 2022, 章贡 2018 and 2023, 郎溪 and 和县 2017, 嘉鱼 2017, 万载 2015, 黟县
2016, 宜都's news of 2025), openings that stop before any figure (南康 2022 on two pages, 宜黄 2022, 江陵 2020) or give five
years' averages and cumulative sums alone (天长 2015, 潜山 2021, a fragment of 潜山 2010 with its per-cent signs dropped),
梁子湖 2022 with the results of the first three quarters and of January to November alone, a copy of 浔阳's report with its
years altered and its name masked (XX县区), 汨罗's report on the 十二五 outline, a county plan for 2008 that names no county,
counties and districts of the capitals (庐江, 长沙县, 进贤, 瑶海), news, encyclopaedia pages, statistical bulletins and
yearbooks of 汨罗, 邵东, 蕲春, 当涂 and 修水, and reports of prefecture-level cities, so that the set holds one report; it was
labelled by hand before extraction ran on it (4 labels), and scored once on the branch as it stood (0bee1e0): recall 100% (4/4),
precision 100% (4/4): all four found; nothing missed, nothing wrong; eight proposals of indicators outside the catalogue left
out; the cites test passed; no label changed.
One more (`blind409`, reviewing 2015 in Sichuan, a government work report of a district) was found in the stored pages:
wuhou-2016-gwr, the report 林丽 delivered to 武侯区's congress (成都) on 24 February 2016 on the five years to 2015, as a
report-collecting site gives it with its lines run together by single spaces (kept as given), cut at the heading sentence
——深化改革实现新突破。 (3 labels, expected: 2015年实现地区生产总值795.2亿元, 一般公共预算收入55.8亿元 as the local revenue and
社会消费品零售总额699.5亿元; their growths over the end of the 11th plan and multiples of 2010, the per-capita GDP, the five years'
cumulative investment and paid-in foreign capital and the services' five-year average not labelled); half-width punctuation
written back full-width, the colons of the structure ratios left as given. The set was asked for the work and plan reports of
the districts, counties and county-level cities of Sichuan, Chongqing, Yunnan and Guizhou reviewing 2008 to 2025, place-years
the corpus lacks; the thirty look-ups of the search budget (all used; the tool never said the budget was spent) named 锦江,
渝北, 郫都, 温江, 盘龙, 安宁, 仁怀, 西秀, 隆昌, 崇州, 南明, 合川, 绵竹, 红塔, 凯里, 麒麟, 汇川, 九龙坡, 武侯 (twice), 青白江, 奉节 with
云阳, 巫山 and 垫江, 大渡口 with 江津, 綦江, 铜梁 and 荣昌, 兴义 with 清镇, 赤水 and 盘州, the plans of Chongqing's districts (2012),
Chengdu's districts (2018) and Yunnan's and Guizhou's counties (2013), and the counties of Guizhou (2010), Yunnan (2014) and
Sichuan (2012); they reached (by the year reviewed) reports the corpus holds (永川 2021, 龙泉驿 2022, 渝北 2016 and 2020, 北碚 2020 and
2022, 安居 2021, 温江 2016, 五华 2022, 弥勒 2022, 西昌 2022, 三穗 2010, 双柏 2019, 忠县 2020, 牟定 2023, 渝中 2019, 红花岗 2023,
晋宁 2023, 九龙坡 2017, 兴文 2020, 石棉 2021, 奉节's plan reviewing 2024), copies in traditional characters (涪城 2018, 江北
2023, 自流井 2022, 呈贡 2021, 奉节 2009, 鹤庆 2017, 盘龙's news of 2020), copies with their years rewritten (锦江's report on the
12th plan dated 2019 throughout, 郫都's on the 13th dated 2021), openings that stop before any figure (江津 2019, 渝北 2023,
麒麟 2022, 水城 2022, 巫山 2021, 铜梁 2015, 马关 2009, 城口's plan reviewing 2024) or give only five-year averages and
thresholds (崇州 2020, 江阳's third page) or only the next year's arrangements (隆昌's third page), 万州's account of how its
2020 report was carried out, statistical bulletins, a yearbook's party speech (青羊 2008), county profiles, and reports of
cities and provinces (宜宾, 绵阳, 眉山, 广元, 自贡, 泸州, 六盘水, 遵义, 毕节, 黔西南, 成都, 重庆, 四川), so that the set holds one
report; it was labelled by hand before extraction ran on it (3 labels), and scored once on the branch as it stood (32e2bef):
recall 100% (3/3), precision 100% (3/3): nothing missed and nothing wrong; two proposals of indicators outside the catalogue
left out; the cites test passed; no label changed.
One more (`blind410`, reviewing 2021 in the counties of Shaanxi) was found in the stored pages: fugu-2022-gwr, the second page of
府谷's work report on the county government's five years to 2021, as a reports mirror (bx2200) gives it with no date line or
speaker, taken for a report of early 2022 by the site's title and by its next section 二、今后五年工作思路和目标, which opens a new term (1
label, expected: 全县城镇化率达66.9% as the 常住人口城镇化率 of 2021, the level the term ends on; 城镇新增就业1.26万人 taken for the five years'
cumulative count, as the poor villages, households and 2724套保障房 around it are, and 单位GDP能耗、重点污染物减排完成省市考核任务 for the term's
assessment, neither labelled); cut at its last whole sentence, half-width punctuation written back full-width. The set was asked
for the work and plan reports of the districts, counties and county-level cities of 河南, 河北, 山西 and 陕西 reviewing 2008 to 2025,
place-years the corpus lacks; twenty-nine look-ups of the search budget of thirty (the tool never said the budget was spent) named
金水, 二七, 巩义, 西工, 林州, 永城, the districts of Zhengzhou by their congresses' news, 迁安, 涿州, 武安, 三河, 任丘, 石家庄's 桥西, 孝义, 介休, 高平, 河津, 小店 by
its plan reports, 迎泽, 神木, 府谷 (twice), 雁塔, 长安, 临潼, 韩城, the plan reports of Xi'an's districts, and the counties of Hebei and of
Shanxi at large; they reached reports of place-years the corpus holds (霸州 2021, 新郑 2013 and 2023, 西工 2019, 管城 2020, 获嘉 2010, 蠡县
2016, 饶阳 2021, 晋源 2022, 未央 2014, 灞桥 2022, 清涧 2022, 汉滨 2024, 浮山 2018), copies in traditional characters (沙河 2016, 府谷 2022 and its
news of 2012, 延长 2016, 澄城's news of 2022), openings that stop before any catalogue figure (中原区's news of February 2024, 临潼 2020,
石家庄's 新华区 2018, 澄城 2017, 杏花岭's news of April 2025, 汉滨's plan reviewing 2020, whose opening gives only multiples of 十二五末), 中原区's
news of January 2016 with five-year averages alone, a press conference of 临潼's party secretary, profiles and features of 金水, 神木,
临潼 and 府谷, annals of Shandong counties, templates with names masked (东水区, ××区, 上杭's 20XX), and reports of cities, provinces and
places of other provinces, so that the set holds one report; it was labelled by hand before extraction ran on it (1 label), and
scored once on the branch as it stood (76f0bb6): recall 100% (1/1), precision 50% (1/2): nothing missed; wrong, fugu-2022-gwr's
城镇新增就业1.26万人, the term's cumulative count, proposed as 城镇新增就业 of 2021; two proposals of indicators outside the catalogue left out;
the cites test passed; no label changed.
One more (`blind413`, reviewing 2019 in the counties of Shanxi) was found in the stored pages: jishan-2020-gwr, the work report
the county head 吴宣 delivered to 稷山's congress on 21 April 2020, as a writing-template site (xiegongwen.com) gives it, cut at the
last whole sentence of its first item, its page title's character count left out (18 labels, final, the report being given in
April: the GDP, 财政总收入 as the total revenue, 一般公共预算收入 as the local revenue, 规模以上工业增加值, retail sales, investment, 外贸进出口总额14.9亿元 as
进出口总额 in 亿元 as written, and the urban and rural disposable incomes, shared out, each in level and growth; the 8000多万元 of tax and
fee cuts not labelled); half-width punctuation written back full-width. The set was asked for the work and plan reports of the
counties, county-level cities and districts of 河北 and 山西 of years from 2005 to 2025, place-years the corpus lacks; twenty-nine
look-ups of the search budget of thirty (the tool never said the budget was spent) named the counties of Hebei and of Shanxi at
large (by years from 2006 to 2023, by their plan reports and by the collections' titles), 孝义, 迁安, 介休, 高平 and 阳城, 任丘, 黄骅 and 三河,
太原's 小店 and 迎泽, 石家庄's 裕华, 长安 and 桥西, the counties of 张家口 and 承德, 洪洞 and 襄汾, 清苑, 满城 and 徐水, 涉县, 磁县 and 永年, 临猗, 芮城, 稷山 and 新绛, 定州,
辛集 and 涿州, 霍州, 原平 and 古交, and the counties of 运城, 邢台 and 衡水; they reached reports of place-years the corpus holds (蠡县 2016, 乐亭
2006, 大厂 2013, 夏县 2023, 闻喜 2020, 浮山 2018, 霸州 2021, 昔阳 2008, 藁城 2017, 陵川 2025, 灵丘 and 交城 2022, 青龙 2025, 饶阳 2021, 滦南 2023), copies
in traditional characters (沙河 2016, 黄骅 2018, 娄烦 2016, 襄汾 2016, 辛集's news of 2020, 裕华's first quarter), 围场's report of July 2021
with five-year averages alone, a template with its figures masked (太谷), 中阳's development bureau's summary of 2024, 侯马's report
of 2021 in English, statistical bulletins (三河 2020, 承德县 2020), profiles of 徐水, 洪洞 and 孝义, a 副县长's speech with no county named,
and reports of cities, provinces and places of other provinces, so that the set holds one report; it was labelled by hand before
extraction ran on it (18 labels), and scored once on the branch as it stood (0b87b88): recall 100% (18/18), precision 100%
(18/18): nothing missed and nothing wrong; no proposal of an indicator outside the catalogue; the cites test passed; no label
changed.
One more (`blind414`, reviewing 2023 in Hainan, a government work report of a district) was found in the stored pages:
jiyang-2024-gwr, 三亚日报's digest of the work report of 三亚's district 吉阳区 reviewing 2023, published on 16 January 2024 (the
congress's date not given, delivered given as 2024-01), with no title, its list 数读2023年吉阳区成绩单 in bullets with line breaks
inside them, cut at its last whole sentence, half-width punctuation written back full-width (8 labels, expected: the GDP
363.27亿元 and 11.5%, 一般公共预算收入19.5亿元 and 60.76% as the local revenue, investment 174.19亿元 and 2.8% and retail sales
108.36亿元 and 28.5%; 脱贫户人均纯收入, the income of households lifted out of poverty, and the tourism figures no catalogue
figures). The set was asked for the work and plan reports of the counties, county-level cities and districts of 广西, 海南, 贵州
and 云南 of any year from 2005 to 2025, place-years the corpus lacks; the thirty look-ups of the search budget (all used; the tool never
said the budget was spent) named the counties of 广西 (2014 and 2015), 贵州 (2007 and 2010) and 云南 (2008 and 2019), the plan
reports of counties of 云南, 广西 and 贵州, 琼海, 文昌 and 万宁 (twice), 陵水, 澄迈, 临高 and 屯昌, 北流, 桂平 and 岑溪, 仁怀, 清镇 and
盘州, 安宁, 弥勒 and 腾冲, 观山湖, 花溪 and 白云, 官渡, 五华 and 呈贡, 青秀, 西乡塘 and 良庆, 汇川, 红花岗, 播州 and 湄潭, 柳江, 临桂
and 阳朔, 龙华, 美兰, 吉阳 and 天涯, 崖州 and 海棠, 秀英 and 琼山, 南明, 云岩 and 乌当, the 城区 of 广西, 琼中, 白沙, 保亭, 乐东 and
昌江, the readings (解读) of 海南's county reports, and 麒麟, 红塔, 沾益 and 江川; they reached (by the year reviewed) reports the
corpus holds (三穗 2010, 五华 2018, 2021 and 2022, 双柏, 文昌 and 禄劝 2019, 崖州 2020, 官渡's report and plan and 屯昌 2021, 黎平,
玉屏, 弥勒, 万秀 and 港北 2022, 牟定, 天涯 and 晋宁 2023, 吉阳 and 海口's 龙华 2024, 横州 2025), copies in traditional characters
(鹤庆 2017, 维西's news of 2013, 雷山's of 2011, 呈贡's of 2022, 桂平's of 2023), openings that stop before any catalogue figure
(水城 and 天涯 2022) or give five years' milestones, averages and cumulative sums alone (弥勒 and 东川 2025), 大理市's party
plenum of 2012, 柳江's mid-year news of 2018, a journal's abstract on 白沙 (2006), statistical bulletins (花溪, 良庆, 播州, 丹寨),
yearbooks (西乡塘, 琼山), encyclopaedia pages and profiles (屯昌, 琼中, 昌江, 平果, 海棠), and reports of prefecture-level cities,
provinces and places of other provinces, so that the set holds one report; it was labelled by hand before extraction ran on it
(8 labels), and scored once on the branch as it stood (a916d3c): recall 100% (8/8), precision 100% (8/8): nothing missed and
nothing wrong, the figures parted from their growths by the copy's line breaks included; two proposals of indicators outside
the catalogue left out; the cites test passed; no label changed.
Two more (`blind415`, reviewing 2004 and 2009 in Jiangxi and Hunan) were found in the stored pages, both government work reports
of prefecture-level cities: changsha-2010-gwr, the report the mayor 张剑飞 delivered to 长沙's congress on 16 January 2010, as a
civil-service exam site (gwytk.com) reposted it (12 labels, expected: the GDP 3300亿元 and 14.5%, 地方财政收入406亿元，增长18.7%
as the local revenue, investment and retail sales in level and growth, and
城乡居民人均可支配收入20217元和9005元，分别增长13%和18% for each side, the rural one as 农村居民人均可支配收入 as written; the
site's posting time left out); and jiujiang-2005-gwr, the report the mayor 蔡晓明 delivered to 九江's congress on 1 March 2005,
as the 九江年鉴 2005 reprints it on the city library's knowledge-base page (meta.librarydata.cn), the report's own text and not
a yearbook entry (7 labels, expected: 国内生产总值356.76亿元，增长15.2% as the GDP, 财政收入35.08亿元，增长22.6% as the total
budget revenue, 农民人均纯收入2901元 as 农村居民人均纯收入, its 净增528元 not labelled, and the urban income 7819元 and 10.8%;
社会消费品零售总额超过100亿元, a milestone, not labelled); both cut at their last whole sentence, half-width punctuation written
back full-width. The set was asked for the work and plan reports of the prefecture-level cities of 湖南, 湖北, 江西 and 河南
delivered 2005 to 2013; the thirty look-ups of the shared search budget (all of it; the tool never said it was spent) named
岳阳, 九江, 襄樊, 洛阳's plans, 株洲, 宜昌, 赣州, 新乡, 衡阳, 荆州, 上饶, 南阳, 常德, 黄石, 吉安, 开封, the plan reports of
Hunan's cities, 新余, 鹤壁, 孝感, 濮阳, 郴州, 十堰, 抚州, 益阳, 景德镇, 平顶山, 咸宁 with 荆门, and reports reprinted in
yearbooks (twice); they reached reports of place-years the corpus holds (洛阳 2004, 2006 and 2009, 黄石 2007, 2009, 2011 and
2012, 周口 2008, 南昌 2012, 郴州 2007, 宜春 2010, 长沙 2007 and 2010), copies in traditional characters (九江 2013, 宜昌 2011,
新乡 2003, 开封 2002 and 2015, 南昌 2013, 赣州 2017, 岳阳 2016), reports delivered after 2013 (衡阳, 株洲 2014, 襄阳 2015,
黄石's plans of 2014 and 2016, 益阳 2017 and later ones), news with no catalogue figure (株洲 2012, 平顶山 2016), a report of
武汉 with its city's name dropped, templates with years masked (襄阳's 20xx), reports of provinces, counties and places of other
provinces, statistical bulletins and profiles, so that the set holds two reports; they were labelled by hand before extraction
ran on them (19 labels), and scored once on the branch as it stood (0ab6c3c): recall 89.5% (17/19), precision 89.5% (17/19):
missed, changsha-2010-gwr's rural 9005元 and 18% as 农村居民人均可支配收入; wrong, the same two proposed as 农村居民人均纯收入
(城乡居民人均可支配收入20217元和9005元，分别增长13%和18%), the extractor reading a rural income of 2009 as net income where the
labels keep the text's 可支配收入; the cites test passed; no label changed.
Two more (`blind417`, reviewing 2011 and 2019 in Hubei) were found in the stored pages, both government work reports of
神农架林区, the forest district under the province, which the corpus held no report of: shennongjia-2012-gwr, the report 周森锋
delivered to the first session of the 11th 林区 congress on 7 November 2011 on the five years to 2011, as a document-sharing site
(第一范文网) gives it under the title 2012年…, named by that year as qianjiangshi-2012-gwr is, cut at 严格规范资源管理。 (6 labels,
expected: 地区生产总值14.3亿元, 地方财政一般预算收入1.71亿元 as the local revenue, 固定资产投资15亿元, 社会消费品零售总额5.03亿元 across the
copy's line break after 社会消费品, 城镇居民人均可支配收入12318元 and 农民人均纯收入4518元; the multiples of 2006 and the increases over
2006 not labelled); and shennongjia-2020-gwr, the report 刘启俊 delivered to the fourth session of the 12th congress on 4 January
2020, as a regional-data forum reposted it, cut at the heading 一、生态引领，环境质量更好 (11 labels, expected: the GDP's 30.7亿元 and
7.5, the local revenue's 5.2亿元 and 2.4, 固定资产投资同比增长9.0%, 社会消费品零售总额19.7亿元 and 7.0, 城镇、农村常住居民人均可支配收入分别
达到30723元、11103元，分别增长9.0%、10.0% for each side; 主要污染物排放总量控制在省定目标范围内, naming no single pollutant, not
labelled); half-width punctuation written back full-width in both. The set was asked for the plan and work reports of counties,
districts and county-level cities anywhere in China, 2005 to 2025, place-years the corpus lacks; the thirty look-ups of the
search budget (all used; the tool never said the budget was spent) named the plan reports of counties (2005, 2008, 2012, 2014,
2017 and by 受县人民政府委托), districts (2011, 2016, 2020, 2022, 2024), county-level cities (2007, 2009, 2013, 2018), banners
(2015) and autonomous counties (2024), those of the counties of 新疆, 黑龙江, 江西 and 广西, the work reports of counties of 2008 and
districts of 2014, and 六枝特区, 神农架林区, 绥芬河, 珲春 and 牙克石 with 额尔古纳 and 扎兰屯; they reached reports of place-years the corpus
holds (武清's plan reviewing 2020, 荔城's and 余杭's reviewing 2022, 洞头's reviewing 2015, 准格尔 2015, 历城 2024, 龙井 2025, 美兰 2016, 崖州
2020, 五莲 2012, 昔阳 2008, whose copy blanks its figures), copies in traditional characters (泰兴 2009, 汶上 2008, 济南's 市中区 2015),
openings that stop before any catalogue figure (正蓝旗's plan and 城口's plan reviewing 2024, 虎林 2024, a page of 薛城 2013), a
second page of 丹江口's that names no year, a county plan with its name masked, mid-year reviews, news of congresses without
figures, statistical bulletins, novels, and reports of cities, provinces and the country, so that the set holds two reports;
they were labelled by hand before extraction ran on them (17 labels), and scored once on the branch as it stood (f96d48b):
recall 100% (17/17), precision 100% (17/17): nothing missed and nothing wrong; eight proposals of indicators outside the
catalogue left out; the cites test passed; no label changed.
One more (`blind418`, reviewing 2019 in Shaanxi) was found in the stored pages: hanzhong-2020-gwr, the work report the mayor 方红卫
delivered to the fifth session of 汉中's fifth municipal congress on 29 May 2020, as the city government's site gives it, cut at
its last whole sentence (规模以上工业增加值增长4.8%) before the stored copy breaks off, half-width punctuation written back full-width (5
labels, final, the report being given in May: 生产总值1547.59亿元、增长6.1%, 地方财政收入49.1亿元、同口径增长10.4% as the local revenue in level and
growth, and 规模以上工业增加值增长4.8%; the GDP's 高于全省平均水平, a comment on its growth, 财政支出, shares, the counties' 超过百亿元 and the multiples
over 2012 of the 七个翻番 not labelled). The set was asked for the work and plan reports of the prefecture-level cities of 黑龙江, 吉林,
辽宁, 陕西, 甘肃 and 四川 reviewing 2005 to 2025, place-years the corpus lacks; the thirty look-ups allowed named 绥化, 汉中, 四平, 武威, 德阳,
宜宾, 达州, 张掖, 抚顺, 佳木斯, 天水, 雅安, 牡丹江, 陇南, 本溪, 齐齐哈尔, 榆林, 鸡西, 葫芦岛, 庆阳, 铜川, 白山, 朝阳, 金昌, 辽源, 延安, 锦州, 广安 and 双鸭山 once each, and Shaanxi's
plan reports; they reached mostly reports of place-years the corpus holds (汉中 2016 and 2018, 四平 2011 and 2017, 武威 2021 and 2022,
伊春 2022, 葫芦岛 2023, 庆阳 2022, 榆林 2013, 延安 2016, 2018 and 2022, 锦州 2023, 盘锦 2017, 辽阳 2023, 哈尔滨 2020, 鞍山 2025, 广安 2020 and its plan
of 2023, 咸阳's plan of 2023), copies in traditional characters (宜宾 2016, 天水 2016 and 2019, 雅安 2018, 铜川 2018, 庆阳 2022's second
copy), openings whose figures are five years' averages, sums, milestones or thresholds alone (德阳 2020, 宜宾 2021, 抚顺 2021, 齐齐哈尔
2021, 辽源 2021, 雅安's five years to 2021), news of sessions and party congresses (张掖, 金昌, 天水 2005), a notice dividing 铜川's targets
of 2025 among departments, mid-year accounts, yearbook entries, statistical bulletins, and reports of counties and districts
(北林区, 虎林, 甘州区, 汉滨区, 顺城区, 朝阳县, 达川区, 通川区, 前锋区, 北镇, 延长), so that the set holds one report; it was labelled by hand before
extraction ran on it (5 labels), and scored once on the branch as it stood (877972b): recall 100% (5/5), precision 100% (5/5):
nothing missed and nothing wrong; three proposals of indicators outside the catalogue left out; the cites test passed; no label
changed.
One more (`blind419`, reviewing 2020 in Guangdong, a government work report of a county) was found in the stored pages:
fengkai-2021-gwr, the report the county head 梁健梅 delivered to 封开's congress (肇庆) on 4 March 2021, reviewing 2020 and the 十三五
years, as a reposting site (cppc-bj.com) copies it from the county's site, cut at its last whole sentence, half-width
punctuation written back full-width (5 labels, expected: 完成地区生产总值145.77亿元, with no growth given,
一般公共预算收入11.81亿元，比上年增长（以下简称“增长”）122.5% as the local revenue in level and growth, and 固定资产投资79.69亿元，增长8.5%; the revenue's ranks
and the tourism titles no catalogue figures). The set was asked for the work and plan reports of the counties and county-level
cities of 南通, 盐城, 连云港, 宿迁 and 淮安 (Jiangsu), 清远, 韶关, 梅州, 河源 and 肇庆 (Guangdong) and 常德, 岳阳, 衡阳, 邵阳 and 永州 (Hunan) reviewing 2014
to 2025, place-years the corpus lacks; the thirty look-ups of the search budget (all used; the tool never said the budget was
spent) named 海安, 英德, 汨罗 with 澧县, 连州, 祁阳, 沭阳, 阜宁, 桃源, 四会, 如皋, 耒阳, 兴宁 with 五华, 启东, 东台 with 建湖 and 射阳, 东海 with 灌云 and 灌南, the plans
of 常德's counties, 湘阴 with 平江, 华容 and 临湘, 广宁 with 怀集 and 封开, 德庆 with 高要, 佛冈 with 阳山 and 连南, 仁化 with 乐昌, 南雄, 始兴 and 翁源, 邵东 with
武冈, 隆回 and 新宁, 盱眙 with 涟水, 金湖 and 洪泽, 常宁 with 衡东, 祁东 and 衡南, 龙川 with 东源 and 连平, 宁远 with 道县, 江华 and 蓝山, 泗洪 with 响水 and 灌云, 汉寿
with 安乡 and 澧县, 英德 with 连州 again, and 丰顺 with 五华 and 平远; they reached mostly reports of place-years the corpus holds (海安 2020,
海门 2019, 德庆 2019, 沭阳 and 泗阳 2018, 如皋 2025, 东台 2023, 东安's plan reviewing 2022, 封开 and 广宁 2017, 隆回 2019, 新邵 2013 and 2020, 洪泽's
plan reviewing 2021, 盱眙 2019 and 2023, 大埔 2019, 连州 2022, 佛冈 2024), copies in traditional characters (海门 2005 and 2019, 启东 2017
and its plan reviewing 2020, 东海's report on its term to 2011, 灌南's aims of 2021, 盱眙 2018, 泗洪 2020, 连平's news of 2016, 连州's
graphic of 2021, profiles of 始兴 and 南雄), openings that stop before any figure (四会 2019, 五华 2019), 海安's news of its congress of
January 2024, whose figures all stand in the sentence where the stored copy breaks off (预计实现地区生产总值1457亿元，增长6.3%左右；…城乡居民人均可支配收),
a 金湖 report with its year masked (20xx), features naming no report (封开 2023, 江华 2024, 衡阳县's party economic conference of 2026),
statistical bulletins (平江, 永顺), a 十四五 outline (汉寿), and reports of prefecture-level cities and of other provinces, so that the
set holds one report; it was labelled by hand before extraction ran on it (5 labels), and scored once on the branch as it stood
(50f1374): recall 100% (5/5), precision 100% (5/5): nothing missed and nothing wrong; no proposal of an indicator outside the
catalogue left out; the cites test passed; no label changed.
Two more (`blind420`, reviewing 2006 in Guangdong and 2007 in Hubei) were found in the stored pages: guangdong-2007-gwr, 信息时报's
item of 26 January 2007, as Sina reposted it (no address in the store), on the governor 黄华华's explanation to the provincial
CPPCC's standing committee on 25 January 2007 of the draft work report (征求意见稿) put to the congress in February, dated by that
meeting as anshan-2007-gwr is by the meeting that passed its draft (4 labels: 2006年全省生产总值达到25800亿元，比上年增长14% in level and growth,
expected, and the targets of 2007, 今年全省生产总值增长预期目标为9%, labelled once though given twice and in the headline, and 城镇居民人均可支配收入增长8%;
the per-capita GDP, the share of the country and 服务业增加值跃上万亿元新台阶, a milestone, not labelled); and wuhan-2008-plan, the fourth
page of a city's plan report for 2008 on a legal-documents site (fsou.net), without its title, date or speaker, taken for 武汉's
by its words (我市, 武汉城市圈's “两型社会” zone as its opportunity, 两业并举, the phrase of 武汉's work report of 2008), an inference the page
does not name, and dated 2008-02 by 武汉's congress (2 labels, targets of 2008: 2008年预期规模以上工业增加值增长15% and 服务业增加值增长13% as 第三产业增加值;
预期固定资产投资增长与上年预期持平 and the retail sales' 比上年预期提高2个百分点, comparisons with last year's targets and not the targets, not labelled);
both cut at their last whole sentence, half-width punctuation written back full-width. The set was asked for the work and plan
reports of provinces, prefecture-level cities and counties or districts delivered 2003 to 2011, place-years the corpus lacks;
the thirty look-ups of the shared search budget (all used; the tool never said it was spent) named the work reports of cities of
2003, 2004, 2005, 2006 and 2008 (the north-east's once), of counties of 2005, 2007, 2008, 2010 and 2011 (the north-west's once),
of districts of 2007 and 2010 and of banners of 2009, the plan reports of cities of 2006 to 2011 and of counties of 2006, 2009
and 2010, those of leagues and prefectures, 内蒙古's yearbooks (twice) and 武汉's plan of 2008 (twice, to find its first page, which
they did not reach); they reached mostly reports of place-years the corpus holds (济宁 2006, 鞍山 2007, 汕头's plan reviewing 2009, 周口
and 安徽 2009, 泾县 2007, 武义 2010, 宜丰 2009, 静宁 and 三穗 2011, 四川 2005, 滨城 and 盐都 2007, 内蒙古's plans of 2004 and 2007, 浙江 2008, 青海 2007,
福建 and 广州 2006, 成都 2004, 杨陵 and 道外 2010, 山东 2010, 科左中旗 2010, 上海's plan of 2008, 北京's account of 2007, 武汉 2007 and 2008, 黑龙江
2006), copies in traditional characters (天水 2006, 上海 2003 and 2009, 山东 2004, 泰兴 2010, 汶上 2009, 湖南 2005, 广东 2008, 四川 2008, 漳州
2009, 南京, 南开, 萧山 and 白云区 2010, 甘谷 and 雷山 2011, 辽宁 and 青岛 2006, 清河区 and 清城区), openings that stop before any figure (武汉 2006, 浙江
2005, 黑龙江 2005, 马关 2010, 绩溪 2011, 宁国 2010, 滨州's plan of 2006), 昔阳 2009 with its figures blanked, templates with names masked, a
county's abstract of 2004 that names no county, party and New Year speeches (厦门, 高邮), statistical bulletins, yearbook entries
and novels, so that the set holds two reports; they were labelled by hand before extraction ran on them (6 labels), and scored
once on the branch as it stood (7d789db): recall 100% (6/6), precision 100% (6/6): nothing missed and nothing wrong; three
proposals of indicators outside the catalogue left out; the cites test passed; no label changed.
One more (`blind421`, reviewing 2012 in Liaoning, a government work report of a district) was found in the stored pages:
lvshunkou-2012-gwr, the report of 旅顺口区 (Dalian) to the first session of a new district congress, the last of the government
formed in December 2007, reviewing 2012 and the five years to it, as a model-texts site (ylwt22.com) gives it with no date line,
speaker or session (delivered given as 2012, the district's congresses sitting in December), cut at its last whole sentence
(…今冈五期等项目开工建设。), the site's blurb left out, half-width punctuation written back full-width (16 labels, expected, marked
预计（下同）: the GDP, 公共财政预算收入 as the local revenue, investment, 实际使用外资3.6亿美元 as 实际利用外资, retail sales, each in level and
growth, 城镇居民人均可支配收入25000元，农民人均纯收入20600元，分别增长14% with the one growth labelled for each side, the rural side as the
net income, and 规模以上工业…增加值61亿元 with its 17% of 分别增长25%和17%; 内联引进到位资金 and the gross output no catalogue figures). The
set was asked for the plan reports of districts, counties and county-level cities reviewing 2012 to 2025, mid-year reports of
cities and districts, and work reports; the thirty look-ups the brief allowed (all used; the tool never said the budget was spent)
named the plan reports of districts (reviewing 2016, 2018, 2023 and 2024), counties (2012, 2014, 2015, 2020), banners
(2016), autonomous counties (2018) and county-level cities (2013), the counties of Fujian (2018), mid-year reports of cities and
districts (2016, 2017, 2019, 2021, 2023, twice without a year), the work reports of districts (2012 and 2013, twice) and of the
counties of 新疆, 河北, 吉林, 湖北, 宁夏, 青海 and 西藏, those on model-text sites and Dalian's districts; they reached mostly
reports of place-years the corpus holds (洞头's plan reviewing 2015, 越城's reviewing 2013, 高邮's reviewing 2020, 荔城's reviewing
2022, 临沂's of 2014, 越秀's mid-year report of 2018, 龙华 2017, 牟定 2021, 盐田 2011, 宁德 2012, 贡井 and 日照 2013,
安次 and 梨树 2019, 西安 2016, 准格尔 2015, 镇安 2014 and 2015, 美兰, 黄梅 and 威海 2016, 理县 and 监利 2017, 浮山 and 松溪 2018, 麦盖提 and 谷城 2020,
景东, 桦川, 长沙县, 中卫 and 大连 2022, 尉犁, 历城, 赤峰 and 湟源 2024, 中宁 and 西藏 2025, 三穗 2010), copies in traditional characters
(涪城 and 章贡 2018, 上蔡 2020, 和硕 2017, 张家川 2012, 范县 2022, 东乡's plan reviewing 2024, 湘潭's mid-year of 2017, 海口 2012),
openings with no catalogue figure of a year (围场's report of July 2021 and 嘉鱼's of 2016 with averages and multiples alone,
鲁山's of August 2020, news of congresses of 沙洋, 石柱, 武宁, 团风 and 湖里), mid-year accounts with half-year figures alone (重庆 and
温州 2013, 奉化 and 南山 2021, 崇信's standing-committee opinion of 2017), 武进's news of a deputies' inspection, a district report
with its name masked (XX), statistical bulletins, yearbooks and provincial reports, so that the set holds one report; it was
labelled by hand before extraction ran on it (16 labels), and scored once on the branch as it stood (86745a4): recall 93.8%
(15/16), precision 100% (15/15): missed, the urban side of 城镇居民人均可支配收入25000元，农民人均纯收入20600元，分别增长14% (presumably as the
one growth after two levels is read for the nearer name alone); nothing wrong; three proposals of indicators outside
the catalogue left out; the cites test passed; no label changed.
Two more (`blind422`, reviewing 2025 in Hunan and Chongqing, government work reports of a prefecture-level city and a district)
were found in the stored pages: changsha-2026-gwr, the report the mayor 陈博彰 delivered to 长沙's sixth session of the 16th congress
(adopted on 9 January 2026), as the 长沙晚报's digital edition prints it, cut at its last whole sentence, the page's navigation and
photo caption left out (3 labels, expected, the copy saying 预计数，下同: 地区生产总值增长5%左右, 规模以上工业增加值增长7.5%左右 and 地方一般公共预算收入增长2.56% as the
local revenue; the 幸福感 title no catalogue figure); and yuzhong-2026-gwr, 渝中区's report for 2026 as the district's site posted it
on 26 January 2026, naming neither speaker nor session, cut at its last whole sentence inside the account of the 十四五 years (2
labels, expected: the levels of 2025 that close the five years, 地区生产总值实现1781.8亿元 and 社会消费品零售总额…跃升至1851.7亿元; their 较2020年增长30%
and 是2020年的1.4倍, the investment's 总额累计突破1000亿元, the per-capita and per-area output and the ranks not labelled); half-width
punctuation written back full-width in both. The set was asked for the work and plan reports delivered in 2025 and 2026 by the
prefecture-level cities, counties and districts of central and western China, place-years the corpus lacks; the thirty look-ups
of the search budget (all used; the tool never said the budget was spent) named the cities' reports of 2026 at large, the
counties of 四川, 贵州, 宁夏, 甘肃, 青海, 广西, 江西, 湖北, 湖南 (twice), 安徽, 陕西, 河南 and 山西, the banners of 内蒙古, the districts of 湖南, 重庆, 四川 and
江西, the cities of 河南, 广西, 山西 and 云南, 新疆's counties and cities, the plan reports of cities (twice) and counties, the counties'
sessions of the 18th congresses and 一图读懂 graphics; they reached mostly reports of place-years the corpus holds (乐山, 咸阳, 郑州, 娄星区,
长沙县, 中宁, 甘州区, 黄龙, 陵川, 通城, 通川区, 景谷 and 黔东南 reviewing 2025; 德宏, 靖安, 来安, 安庆, 封丘, 延津, 叶县, 湟源 and 昆明 reviewing 2024), copies in
traditional characters (和县 and 临川区 2025, 吉安县 and 麻阳 2026, 信阳 2020, 章贡区 2019, 安徽's plan of 2026), openings that stop before any
catalogue figure (玉林 2025, 城口's plan of 2025, 隆回 2025, 团风, 雨花区's graphic and 大渡口's resolution of 2026, 昭平 2025), a city report
with its name masked (XX), news features (江西's eleven cities' targets, 黔东南's session, 武汉's review of its plan), a profile page
(崇左), a 发改局 work summary (中阳), statistical bulletins, provincial reports and reports of counties outside the region (通化县, 通榆,
政和, 诏安), so that the set holds two reports; they were labelled by hand before extraction ran on them (5 labels), and scored once
on the branch as it stood (1fce2b2): recall 80% (4/5), precision 100% (4/4): the three of 长沙 and 渝中's GDP found; missed 渝中's
retail sales level, 社会消费品零售总额是2020年的1.4倍、跃升至1851.7亿元, the level following the five years' multiple; nothing wrong; one proposal
of an indicator outside the catalogue left out; the cites test passed; no label changed.
Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows no
indicators: precision counts the candidates of that catalogue.
A threshold's value is written as the seeds write it, without the unit its own column holds
(突破 4000 家 → 突破4000, unit 家), so that one figure has one spelling; a value scaled by 万 keeps
its whole written unit (突破1万家), as the extractor writes it.
The level a span of years starts from (从2010年的671.1亿元增加到2015年的…) is of a year before the
one reviewed, and is not labelled, as most sets leave it; six labels of blind78 and blind85 and six
of blind87 that counted it were taken out on merging.
A result of an aggregate stated exactly written as a threshold passed (地区生产总值突破5万亿元,
社会消费品零售总额超700亿元) is a milestone, not the year's figure (issue 14 counts it among the
wrong proposals, and the extractor leaves it out), and is not labelled: twelve labels of ten sets
that counted it were taken out in round twenty-eight. A target so written (力争突破1000亿元) is.
A result of such an aggregate written as nearly reached (预计全年地区生产总值近1700亿元, 接近6万亿元)
is not labelled either, as the sets that hold it leave it out; neijiang-2022-gwr's 近1600 was taken
out in round thirty-one. lushi-2019-gwr, given on 23 May 2019, had its results labelled expected;
they were set final then, as the corpus labels every result given from April of the next year on.
One growth of 城乡居民人均可支配收入 with no 分别 (城乡居民人均可支配收入增长6.1%) is labelled once for
each side, as four of the six sets that hold it label it; hengzhou-2026-gwr and shouguang-2023-plan,
which labelled it for all residents, were set so in round twenty-nine. So was gansu-2015-gwr's worded
energy result (单位生产总值能耗和主要污染物排放完成國家下達的控制指標), which the set, labelled before worded
values were, had left out.
A higher target striven for after the year's target (增长10%，力争11.5%; 增长12%，期成增长14%) is part of
that target's expression, not a second target: the Figures CSV holds one target a year, and
indicators.expressions reads "6.5%以上，力争7%" as 6.5%以上. It is not labelled, as hunan-2015-plan
leaves it; eleven labels of jiangning-2009-plan and six of gongjing-2014-gwr that counted it were
taken out in round thirty. A growth 超过GDP增速 is a worded value as 高于GDP增速 is (blind118 labels it);
luohu-2020-plan's, which blind115 left out, was labelled in round thirty. A figure that an account's
prose and its table both give is labelled once, as the table gives it (the extractor proposes it once,
from the table): eleven repeated labels of wuchang-2023-plan were taken out in round thirty. dongfang-2023-gwr's 城镇调查失业率完成省定目标 is a quota as the corpus labels
完成省定目标 elsewhere, and was labelled then; its 城镇新增就业人数, listed before it under the same
quota (城镇新增就业人数、城镇调查失业率完成省定目标), was labelled in round thirty-four, as a quota closing
a list is each name's. A revenue given on its natural basis beside its comparable one (一般公共预算收入
（同口径）217亿元…；（自然口径）179.6亿元…) is labelled on both, as comparable.py proposes both and the
other sets label them: xizang-2023-plan's natural pair was labelled in round thirty. A growth in words of
double digits (保持两位数增长) is a worded result as 实现正增长 is (blind158 labels it);
yijiang-2026-gwr's, which blind114 left out, was labelled in round thirty-two; so was gongshu-2019-gwr's
全社会R&D经费支出5.6亿元, the amount of the catalogue's 全社会研究与试验发展经费投入, which blind165 left out. The real growth
after the nominal one (增长15%左右，扣除价格因素仍增长14%以上) is not labelled: the Figures CSV holds one
growth a series, year and kind, the comparable basis alone kept beside it; three labels of blind116 and
blind128 that counted it were taken out. xianyang-2026-gwr's carbon intensity target (单位生产总值二氧化碳排放
降低3.6%—3.8%), which blind66 took for no catalogue figure, is the catalogue's 单位地区生产总值二氧化碳排放降低 and
was labelled in round thirty-five; so was henan-2023-gwr's 高新技术企业突破1万家, a count given as a threshold passed,
as the corpus labels such counts (hubei-2021-gwr, ningbo-2026-plan), which blind205 had left out with the milestones.
blind211's precision fell from 63.6% (7/11) to 58.3% (7/12) in the same round: wuhua-2019-review's GDP told as a span with
no verb (国内生产总值从2012年的732亿元到2018年1115.4亿元) is now read, its kind expected where the labels say final (the
copy gives the year of its press conference, not the month); its floor says so.
blind43's precision fell from 90.0% (72/80) to 88.9% (72/81) in round sixty-seven: liwan-2025-plan's trade
growth after a sum that names its currency (进出口总值219.6亿元人民币，同比增长5%) is now read, its kind expected
where the labels say final (the copy has no date line; delivered in April); its floor says so.
"""

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from reports.extraction import extract
from reports.extraction.quality import measure
from tests.reports.test_extraction import assert_verbatim

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def _rows(name):
    with open(CORPUS / name, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


SOURCES = _rows("sources.csv")
LABELS = defaultdict(list)
for _label in _rows("labels.csv"):
    LABELS[_label["report"]].append(_label)


def report_text(source):
    return (CORPUS / f"{source['report']}.txt").read_text(encoding="utf-8")


def report_quality(source):
    text = report_text(source)
    found = extract(text, report_year=int(source["review_year"]))
    assert_verbatim(text, found)
    return measure(found, LABELS[source["report"]])


def set_quality(name):
    sources = [source for source in SOURCES if source["set"] == name]
    return sum((report_quality(source) for source in sources), start=measure([], []))


def test_the_corpus_cites_a_source_for_every_report_and_labels_each():
    assert len(SOURCES) >= 8
    assert {source["set"] for source in SOURCES} == set(FLOORS)
    for source in SOURCES:
        assert source["title"] and source["delivered"] and source["note"], source["report"]
        assert LABELS[source["report"]], source["report"]
        text = report_text(source)
        for label in LABELS[source["report"]]:
            assert label["value_text"] in text, label
    # the same page labelled twice, under two names, would count its figures twice
    urls = [source["url"] for source in SOURCES]
    assert not {url for url in urls if urls.count(url) > 1}


# The floors are the scores reached (README), rounded down to a whole percent, so that a rule
# that loses a figure somewhere fails here. The blind set scored 75.6% / 85.3% the first time it
# was run, blind2 78.4% / 97.8%, blind3 77.3% / 100%: the score to expect on reports nobody here
# has read. blind4 (86.7% / 100%) is its own first run, after the rules written from blind3.
# blind5 (eleven reports of 2006–2023 from provinces no set had: Jiangxi, Jilin, Yunnan, Gansu,
# Hebei, Chongqing, Hainan; and districts of Zhejiang and Henan) scored 80.2% (77/96) / 97.5%
# (77/79) on its first run, labelled by hand before extraction ever ran on it.
# blind6 (eight reports of 2006–2022 from Beijing, Tianjin, Inner Mongolia, Heilongjiang and
# Guizhou, four of them plan-execution reports) scored 76.2% (48/63) / 96.0% (48/50) on its first
# run, labelled by hand before extraction ever ran on it and before any rule of the fifth round.
# blind7 (ten reports of Liaoning, Sichuan and Ningxia delivered 2005–2025: the plan reports of
# Liaoning, Shenyang twice and Suining twice, the work reports of Sichuan, Ziyang, Zhongwei, Dalian
# and the county 石棉) scored 93.6% (88/94) / 98.9% (88/89) on the fourth round's rules, and
# the same on the fifth round's, which were written without it.
# blind8 (twelve reports of Jiangsu, Hubei and Anhui delivered 2007–2025: the plan reports of
# Jiangsu 2022, Hubei 2007 and 2018, Jingzhou, the districts 通州区 and 瑶海区; the work reports of
# Jiangsu 2024, Nantong, Wuhan, Yichang, Huanggang and the county 泗阳) scored 95.2% (100/105) /
# 94.3% (100/106) on its first run, on the sixth round's rules, which were written without it.
# blind9 (ten reports of 2006–2025: the plan reports of Nanchang twice, Qinghai and Hunan twice,
# the work reports of Guangxi, Xinjiang, Lhasa, Turpan and the county 进贤) scored 94.4% (102/108)
# / 99.0% (102/103) on its first run, on the sixth round's rules, labelled by hand before it.
# blind10 (ten reports of 2005–2023: the plan reports of Zhengzhou, the county-level city 新密, the
# districts 西海岸新区 and 周村区; the work reports of Hebei, Shanxi, Luoyang, Yan'an, Zhangjiakou and
# the district 未央区) scored 92.5% (99/107) / 100% (99/99) on its first run, on the eighth round's
# rules, labelled by hand before extraction ever ran on it.
# blind11 (fourteen reports of 2018–2025: the plan reports of Guangdong 2022, Zhejiang 2018, Fujian
# 2024, Kunming, Lishui, Changchun and the district 番禺区; the work reports of Jilin 2020, Kunming
# 2025, Liupanshui, Qianxinan and the counties 浦江, 云和 and 双柏) scored 80.4% (86/107) / 88.7%
# (86/97) on its first run, on the eighth round's rules, labelled by hand before it.
# blind12 (twelve reports of 2011–2024: the plan reports of the districts 汉南区, 武昌区 (its table
# of main indicators one cell a line) and 渝中区, the counties 东安县, 元谋县 and 崇阳县; the work
# reports of Laibin and the counties 景东, 牟定, 三穗, 沐川 and 隆回) scored 72.9% (86/118) / 94.5%
# (86/91) on its first run, on the ninth round's rules, labelled by hand before it.
# blind13 (ten reports of 2017–2025: the plan reports of Wenzhou, Shaoxing, the districts 吴兴区, 蜀山区
# and 相城区 and the county-level city 张家港; the work reports of Huzhou, the district 包河区 and the
# counties 商水 and 上饶) scored 62.1% (64/103) / 86.5% (64/74) on its first run, on the ninth
# round's rules, labelled by hand before extraction ever ran on it.
# blind14 (eight reports of 2019–2025: the plan reports of the districts 东丽区, 河东区 and 海淀区 and
# the county 镇赉县; the work reports of the banner 正蓝旗 and the counties 友谊, 麦盖提 and 黎平)
# scored 93.5% (29/31) / 87.9% (29/33) on its first run, on main at 1bf0d51 (the eleventh round's
# rules and the web-table rules after them), labelled by hand before it; one catalogue figure the labels had left out (an
# air-quality share) was added after, with no rule changed: 93.8% (30/32) / 90.9% (30/33).
# blind15 (eight reports of 2007–2024: the plan reports of the districts 鄞州区 twice, 岳麓区 and
# 荔城区; the work reports of Chengdu, Mianyang and the districts 萧山区 and 龙华区) scored 83.0%
# (88/106) / 95.7% (88/92) on its first run, on main after the eleventh round, labelled by hand
# before extraction ever ran on it.
# blind16 (ten reports of 2007–2025: the plan reports of Shanghai 2007, Chongqing 2020 and 2022, the
# district 官渡区 and the banner 科右中旗; the work reports of Gansu 2015 (a Hong Kong paper's copy in
# traditional characters), Yinchuan and the districts 闵行区 twice and 兴庆区) scored 61.9% (52/84) /
# 98.1% (52/53) on its first run, on main at 3db1fae (the twelfth round's rules), labelled by hand
# before extraction ever ran on it; 80.0% (52/65) without the traditional-character copy.
# blind17 (eight reports of 2018–2025: the plan reports of Langfang, the districts 武清区 and 大兴区
# and the county 博爱县; the work reports of 大兴区 and 北林区 and the counties 宝丰 and 建平) scored
# 100% (53/53) / 94.6% (53/56) on its first run, on main at 3db1fae, labelled by hand before it;
# its three wrong proposals are worded results the labels do not count (实现正增长, 与经济增长同步).
# blind18 (eight reports of 2012–2024: the plan reports of Sichuan 2020, Shaanxi 2021 and 2024 and
# the county 长沙县 (a mirror's copy with pinyin in brackets inside the words); the work reports of
# Chengdu 2012 and the district 灞桥区 and the counties 桃江 and 马山) scored 74.1% (43/58) / 86.0%
# (43/50) on its first run, on main after the twelfth round, labelled by hand before it.
# blind19 (nine reports of 2017–2025: the plan reports of Zhejiang 2025, Shenyang 2024, the district
# 沈河区 twice and the banner 新巴尔虎左旗's targets; the work reports of Shandong 2019 and 2023, Jilin
# 2017 and the banner 土默特左旗) scored 97.1% (66/68) / 97.1% (66/68) on its first run, on main at
# 61c761d, labelled by hand before it.
# blind20 (eleven reports of 2021–2025: the plan reports of Fujian 2021, Hunan 2023 and the districts
# 鄂城区, 越秀区 and 洛龙区; the work reports of Hubei 2025 and Anhui 2023 as papers summarise them, the
# district 顺德区 and the counties 兰考, 吉水 and 和顺) scored 77.3% (68/88) / 77.3% (68/88) on its first
# run, on main at 61c761d, labelled by hand before it; ten of its misses and ten wrong proposals are
# one county's results of 2020, delivered in August 2021 and labelled final, proposed as expected.
# blind21 (eleven reports of 2022–2025: the plan reports of Gansu 2022, Tianjin 2023, Chongqing
# 2023, the county 桐梓县 and the districts 雁塔区, 西城区 and 滨海新区; the work reports of Xi'an,
# the districts 延庆区 and 金牛区 and the county 牟定) scored 89.6% (69/77) / 98.6% (69/70) on its
# first run, on main at 61c761d, labelled by hand before extraction ever ran on it.
# blind22 (eight reports of 2006–2025: the plan reports of Shanghai 2006 and 2025 (its table of main
# targets one cell a line, with a 属性 column), the county 魏县 and the district 洪泽区; the work
# reports of the counties 盘山 and 梨树 and the districts 平房区 and 青山区) scored 81.4% (57/70) /
# 98.3% (57/58) on its first run, on main at d805eef, labelled by hand before extraction ever ran on it.
# blind23 (eight reports of 2014–2024: the plan reports of Shandong 2020, Wuhu, the county 长兴县 and
# the district 越城区, the last two with their tables one cell a line; the work reports of Hubei 2017
# as a news reading lists them, the district 天心区 and the counties 庐江 and 舒城) scored 65.7%
# (46/70) / 93.9% (46/49) on its first run, on main at d805eef, labelled by hand before it; all 24
# misses and the 3 wrong proposals are in the two tables, the six prose reports at 100%.
# blind24 (eight reports of 2014–2024: the plan reports of Sichuan 2022 and 2024, Hainan 2021 (a PDF's
# text layer, a line break around every number) and the district 渝中区 2022; the work reports of
# Lanzhou 2014, Chengdu 2016 and 2020 and Beijing 2019 as news reports quote them) scored 73.1%
# (49/67) / 83.1% (49/59) on its first run, on main at d805eef, labelled by hand before it; one label
# then written as the corpus writes falls (分别下降3.5%左右: 下降3.5%左右), no rule changed: 74.6%
# (50/67) / 84.7% (50/59). Eight of its misses are the PDF copy's numbers on lines of their own,
# seven (and seven wrong proposals) a May report's results, final, proposed as expected.
# blind25 (eight reports of 2015–2025: the plan reports of the district 东城区 for 2020, 2021 and 2022
# and of 通州区 (Beijing) for 2015; the work reports of Hebei 2023 and Tianjin 2025 as papers quote
# them, the district 安次区 and the banner 察右后旗) scored 91.7% (66/72) / 86.8% (66/76) on its first
# run, on main at 8de356a, labelled by hand before it; nine of its ten wrong proposals are one
# district's results of the first three quarters (and of January–November), proposed as the year's.
# blind26 (eight reports of 2015–2023: the plan reports of the county 永嘉县 and the districts 西湖区
# of Nanchang, 青山湖区 and 上城区 of Hangzhou; the work reports of Hubei 2021 as a news site summarises
# it, Zhangzhou, Changzhou and 上城区) scored 67.6% (50/74) / 84.7% (50/59) on its first run, on main
# at 8de356a, labelled by hand before it; all nine wrong proposals and eleven misses are one city's
# results (初步统计) read as the next year's targets after a list of the report's parts.
# blind27 (nine reports of 2011–2024: the plan reports of Chongqing 2021, the district 涪陵区 and Zhongshan
# 2011 (a copy that names no city); the work reports of Zhanjiang, Baoji (delivered in May: final),
# Kunming 2017, Guangzhou 2024, Yunnan 2021 and the county 开阳) scored 79.8% (71/89) / 94.7% (71/75)
# on its first run, on main at 8de356a, labelled by hand before extraction ever ran on it.
# blind28 (ten reports of 2006–2024: the plan reports of Foshan 2021 and 2022, Shenzhen 2011, Xinyu and
# the district 花都区 (delivered in May: final); the work reports of Ganzhou (delivered in April: final),
# Nanchang 2019, the county 苍梧 and the districts 海珠区 2006 and 崖州区) scored 84.1% (69/82) / 97.2%
# (69/71) on its first run, on main at 8135a71, labelled by hand before extraction ever ran on it; six
# misses are one report's targets in brackets after 高于预期目标, four one report's incomes written with
# a thousands comma (39,175元).
# blind29 (eight reports of 2008–2024: the plan reports of Tibet 2023 and 2024, Shaanxi 2019 and
# Sichuan 2021; the work reports of Sichuan 2008, Tibet 2018 as a paper quotes its targets and the
# counties 理县 and 陇县) scored 91.7% (55/60) / 100% (55/55) on its first run, on main at 8135a71,
# labelled by hand before it; its five misses are older or bare revenue wordings (财政一般预算总收入,
# 财政一般预算…达到) and the first target after 即.
# blind30 (eight reports of 2004–2025: the plan reports of Anhui 2004, Hubei 2020, the county 寿县 and
# the district 开福区, the Shanxi plan of 2005; the work reports of Hunan 2021 as a press digest and of
# the counties 叶县 and 封丘) scored 91.7% (55/60) / 93.2% (55/59) on its first run, on main at 8135a71,
# labelled by hand before extraction ever ran on it.
# blind31 (eight reports of 2018–2025: the plan reports of the districts 镇海区 (its summary in dash
# lines) and 东城区 for 2018, Tianjin 2019 and the Tianjin plan of 2018 as issued; the work reports of
# Hangzhou 2019, Shandong 2022 and the districts 昌平区 and 河西区 as news reports quote them) scored
# 92.4% (73/79) / 94.8% (73/77) on its first run, on main at 8135a71, labelled by hand before it.
# blind32 (eight reports reviewing 2014–2025: the plan reports of the district 沈河区 2021, Panjin 2020 and the
# county 通榆 2025, Inner Mongolia's plan for 2020; the work reports of the districts 铁西区 and 东洲区, the
# prefecture 延边 2014 and Songyuan 2020) scored 100% (63/63) / 96.9% (63/65) on its first run, on main at
# 8135a71, labelled by hand before it; both wrong proposals are worded results the labels do not count
# (固定资产投资保持正增长, 地区生产总值保持正增长).
# blind33 (nine reports reviewing 2016–2025: the plan reports of Guangdong 2019, Changsha 2022 and Dongguan 2016,
# 2024 and 2025; the work reports of the counties 长沙县 and 闽清 and the city 咸宁) scored 88.2% (45/51) / 95.7%
# (45/47) on its first run, on main at 684329c, labelled by hand before it; four misses and one wrong proposal are
# one report's sector growths with their separators lost (分别增长0.5%7.2%9%) and its target range (8-8.5%).
# blind34 (nine reports reviewing 2018–2025: the plan reports of Chongqing for 2024 and of the districts 万州区 (its
# table one cell a line), 涪陵区, 沙坪坝区 and 长寿区; the work reports of Sichuan 2019 and 2026 as papers quote them,
# Sanya 2024 and the county 中江) scored 96.0% (48/50) / 98.0% (48/49) on its first run, on main at 684329c,
# labelled by hand before it; its one wrong proposal was a grain target written in 亿斤 (730亿斤以上) the labels had
# left out, added after as the corpus labels such outputs, no rule changed: 96.1% (49/51) / 100% (49/49).
# blind35 (nine reports reviewing 2014–2023: the plan reports of the district 浦东新区 2014 and 2016 (tables one
# cell a line ending in ' |'), Jinan 2020 and 2021 (the plan as issued in April, results labelled expected) and
# Shaoxing 2019 (delivered 28 April 2020, labelled final); the work reports of the counties 霍邱, 霍山, 沭阳 and
# the county-level city 诸暨) scored 31.9% (23/72) / 40.4% (23/57) on its first run, on main at 684329c,
# labelled by hand before it; 31 misses and 31 wrong proposals are the three April reports' kinds (final for
# Jinan, expected for Shaoxing), 15 misses the two tables, 3 wrong proposals five-year totals (五年累计).
# blind36 (nine reports reviewing 2011–2025: the plan reports of Tianjin 2020, the districts 东丽区 and 红桥区,
# the county-level city 新乐 and Shenyang 2018; the work reports of the district 滨海新区 2011, the counties 湟源 and
# 中宁 and the prefecture 果洛) scored 97.5% (78/80) / 97.5% (78/80) on its first run, on main at 684329c, labelled
# by hand before it; both wrong proposals were figures the labeller had left out against the corpus's convention
# (粮食总产达到7亿斤, a result 城镇登记失业率控制在3%以内), added after with no rule changed: 97.6% (80/82) / 100%.
# blind37 (eight reports reviewing 2014–2025: the plan reports of Hunan reviewing 2023 and 2024, the districts 瑶海区 and
# 睢阳区; the work reports of Xiangyang 2023, Yichun 2020 (its targets), Zhoukou 2015 (delivered in April: final) and
# Shaoyang 2015 as a news report quotes it) scored 89.7% (61/68) / 92.4% (61/66) on its first run, on main at
# 225cb91, labelled by hand before it; four misses and four wrong proposals are one news report's results, after
# 确定的目标任务：, read as targets.
# blind38 (eight reports reviewing 2005–2025: the plan reports of the district 天河区 2019, the county 琼中 2023,
# Shenzhen 2016 and Ningde 2005; the work reports of 天河区 2024, the district 五华区, Zhangzhou 2021 and the
# county-level city 横州 2025) scored 87.3% (55/63) / 94.8% (55/58) on its first run, on main at 225cb91, labelled
# by hand before extraction ever ran on it; three misses are one copy's variant character (増长 for 增长), two a
# trade total named 商品进出口总值 and written as a threshold (超712亿元).
# blind39 (nine reports reviewing 2008–2025: the plan report of the county 奉节 2024; the work reports of Chongqing
# 2018 and 2023, Sichuan 2009, Tibet 2019 and 2026, Xi'an 2023 and Chengdu 2024 as papers quote them, and of the
# district 渝北区 2017) scored 86.7% (39/45) / 92.9% (39/42) on its first run, on main at 225cb91, labelled by hand
# before it; its misses are the price index named 物价涨幅 or 居民消费价格上涨幅度, GDP written after the city's name
# (西安市GDP增长7%左右), a rate in words (千分之四点五以内), a trade series by another name (进出口贸易额) and a
# level in a five-year comparison (从…增加到2.9万亿元以上); its wrong proposals a five-year total (累计完成), a
# five-year threshold (突破300亿元) and an investment not named as the fixed-asset series (完成投资2440亿元以上).
# blind40 (eight reports reviewing 2018–2025: the plan reports of the county-level city 桐乡 (its table one cell a
# line), the counties 阳谷 and 金乡 (twice, the plan as issued) and Shandong's plan for 2023; the work reports of
# Ningbo 2019, Shanghai 2026 and the district 青浦区) scored 73.3% (44/60) / 86.3% (44/51) on its first run, on main
# at 225cb91, labelled by hand before extraction ever ran on it; nine misses and three wrong proposals are the
# table's (its target column read as results), six misses and four wrong proposals one district's revenue (the
# whole and 其中区级…) and one income written for 城乡居民 as a whole.
# blind41 (nine reports reviewing 2003–2025: the plan reports of Inner Mongolia 2003, the county 通化县 and the district
# 滨海新区, the plans of 南开区 for 2023 and 2024; the work reports of Beijing 2021, Changchun 2023, Handan 2024 and Inner
# Mongolia 2023) scored 88.9% (48/54) / 94.1% (48/51) on its first run, on main at 225cb91, labelled by hand before it;
# three misses and the three wrong proposals are one report's results read as next year's targets after a sentence
# with 力争, two the urban income of a copy that drops 人 (城镇居民均可支配收入), one 直接利用外资.
# blind42 (eight reports reviewing 2019–2023: the plan reports of Hunan 2021 (the plan as issued), Xinxiang 2022 (as
# issued), Jiujiang 2022, Hefei 2023 and the district 雨花区 2022; the work reports of the counties 澧县 and 郏县 and the
# district 东宝区) scored 94.0% (63/67) / 100% (63/63) on its first run, on main at a1e6c41, labelled by hand before
# extraction ever ran on it; all four misses are one sentence's two names and their levels and growths, shared out
# after a milestone clause between them (…、一般公共预算收入迈上4000亿、300亿两大台阶，分别达到…、…，增长…、…).
# blind43 (eight reports reviewing 2013–2024: the plan reports of the districts 白云区 for 2021 (its table one cell a line)
# and 2024, 番禺区 and 荔湾区; the work reports of the districts 南沙区, 美兰区 and 龙岗区 and of Xiamen as news reports quote
# them) scored 85.1% (63/74) / 86.3% (63/73) on its first run, on main at a1e6c41, labelled by hand before extraction
# ever ran on it; eight misses and eight wrong proposals are one district's results of 2024, delivered in April 2025
# and labelled final, in a copy with no date, proposed as expected.
# blind44 (five reports reviewing 2021–2024: the plan reports of the districts 开州区 and 双流区; the work reports of
# the district 雁江区, the county 尉犁 and Shizuishan's targets) scored 97.9% (47/48) / 94.0% (47/50) on its first
# run, on main at a1e6c41, labelled by hand before it (a sixth, labelled as 丰都's plan report, was the page of 奉节's
# already in blind39 and is left out: 9/9 / 9/10 of the first run's 98.2% / 93.3% were that copy's); its one miss is a grain output after the sown area
# (粮食种植面积稳定在12万亩以上，总产6.4万吨), three wrong proposals targets worded against the city (增速高于全市平均
# 水平) and one a name in a list of indicators met (单位地区生产总值能耗下降、森林覆盖率…).
# blind45 (nine reports reviewing 2008–2022: the plan reports of the districts 江宁区 (its 2009 targets), 长宁区 and
# 江干区, Hangzhou 2019 (delivered in April: final) and the plans as issued of 寿光 and Linyi; the work reports of
# 闵行区 2011, Shanghai 2019 and Taizhou 2020) scored 44.9% (40/89) / 58.8% (40/68) on its first run, on main at
# a1e6c41, labelled by hand before it; 24 misses and 13 wrong proposals are one district's targets under a title
# whose year is written 二〇〇九 (read as the review year's results, the 期成 stretch values not read at all), 12
# misses and 12 wrong proposals one report's results delivered in April (final, proposed as expected).
# blind46 (six reports reviewing 2014–2024: the plan reports of the district 西城区 for 2014 and 2023 and of 河北区 of
# Tianjin; the work reports of the district 朝阳区 2016, Shenyang 2020 and Liaoning 2022) scored 88.6% (31/35) / 96.9%
# (31/32) on its first run, on main at a1e6c41, labelled by hand before it; two misses are an older revenue name
# (区级公共财政预算收入), one a second revenue level of the same series (区级 after 地方级), one a figure glued to the
# one before with no punctuation (3%左右一般公共预算收入同比增长3.2%); its wrong proposal a cumulative five-year fall
# (万元GDP能耗累计下降24.1%).
# blind47 (eight reports reviewing 2013–2025: the plan reports of the districts 徐汇区 and 普陀区, of Ningbo and of
# 常熟; the work reports of Qingdao, Fujian, the district 历城区 and the county 淳安) scored 89.3% (67/75) / 100%
# (67/67) on its first run, on main at 907c58b, labelled by hand before it; its eight misses are one district's table
# of targets and results one cell a line whose names end in a bracket never closed (地区生产总值增速（%), so no row
# is read.
# blind48 (ten reports reviewing 2010–2025: the plan reports of the district 河北区 of Tianjin for 2023 and 2025; the
# work reports of the districts 河西区, 沈河区, 旅顺口区, 朝阳区, 西城区 2010 and 东城区, the banner 阿拉善右旗 and Baotou)
# scored 92.9% (78/84) / 96.3% (78/81) on its first run, on main at 907c58b, labelled by hand before it; two misses
# are a shared subject without 可支配 (城乡居民人均收入分别增长8%和9%), two a second figure of a key already proposed (the
# investment's growth displaced by 固定资产投资增速高于全市平均水平 later on; 剔除减税降费因素增长14.7% after 增长0.3%), one
# an energy intensity written 万元GDP能耗下降率在5.5%左右, one a bound before its value (城镇登记失业率不超过2%, proposed
# as 不超过2); its wrong proposals that figure and two worded values (增速高于全市平均水平, 增长与经济增长同步).
# blind49 (nine reports reviewing 2006–2023: the reading of the district 望城区's plan report for 2022; the work reports of
# the district 江岸区, Wuhan 2006, Anhui 2011 and 2018, Ma'anshan, Ganzhou 2023, Henan 2021 and the district 芙蓉区) scored
# 97.1% (67/69) / 100% (67/67) on its first run, on main at 907c58b, labelled by hand before it; one miss is a growth
# after a level written as approximate (接近6万亿元、增长6.5%左右), one a count whose page dropped its unit and the
# punctuation after it (高新技术企业增至444增长40.1%).
# blind50 (eight reports reviewing 2008–2024: the plan reports of Wuzhou 2021 and the county-level city 琼海 2021;
# the work reports of Guangdong 2022, Hainan 2022 and 2023, Guiyang 2016 and the districts 福田区 2008 and 龙岗区
# 2024 as news reports and reposts quote them) scored 78.3% (47/60) / 77.0% (47/61) on its first run, on main at
# 907c58b, labelled by hand before it; seven misses and eleven wrong proposals are one district's report delivered
# in April (its year's results final, proposed as expected; its first quarter's figures proposed as next year's
# targets). Two figures of catalogue series the labeller had left out (高新技术企业达6.9万家, 研发经费支出约4200亿元)
# were added after as the corpus labels such outputs, no rule changed: 79.0% (49/62) / 80.3% (49/61).
# blind51 (five reports reviewing 2016–2025: the work reports of the district 汉滨区, of Xinjiang for 2016 and 2025
# and of Lhasa's 2018 targets, and Gansu's congress committee's report on the plan for 2025) scored 95.0% (38/40) /
# 100% (38/38) on its first run, on main at 907c58b, labelled by hand before it; its misses are a headline's target
# range (预期目标增长5.5%—6%) and the foreign investment of a shared verb (实际使用内资30.2亿元、外资381万美元).
# blind52 (eight reports reviewing 2015–2025: the plan reports of 滕州, 海门区, 黄浦区 and 高邮; the work reports of 嘉定区,
# 宝山区, 如皋 and Fuzhou's targets) scored 71.9% (46/64) / 83.6% (46/55) on its first run, on main at 729a673, labelled
# by hand before it; eight misses and six wrong proposals are one district's review run together with its title in one
# paragraph (2020's results proposed as 2021's targets), four misses a table whose cells are apart by spaces, four a
# district's value added named 增加值 alone (the district's GDP) or the investment actually arrived (注册外资实际到账),
# two a revenue after 同口径 and 环境空气优良率; the other three wrong proposals worded values (保持正增长, 与经济增长保持
# 同步, 增速高于全省平均水平).
# blind53 (seven reports reviewing 2018–2025: the plan report of the district 大兴区 for 2024; the work reports of
# Jilin 2025, Tianjin 2018 and 2023, Beijing 2023, Changchun's 2025 targets and the district 海淀区 2024) scored 89.7%
# (35/39) / 83.3% (35/42) on its first run, on main at 729a673, labelled by hand before it; its misses are a target
# whose subject is 预期目标 (地区生产总值预期目标增长4.5%左右), a headline's target (今年GDP增长目标4.5%), a CPI target
# written 城市居民消费价格涨幅控制在3%左右 and a level written 约4.4万亿元 after its growth; its wrong proposals are worded
# values the labels leave out (与经济增长同步, 实现正增长) and two levels of the five-year review (达到1.5万亿元,
# 财政收入达到1350亿元) the labeller read as the period's, not the year's.
# blind54 (nine reports reviewing 2021–2025: the plan reports of the district 瑶海区 2024, Jingzhou 2021 and Hubei's plan
# for 2022; the work reports of the county 通城, the district 张湾区, Jingzhou 2024, Anhui 2024, Yongzhou 2025 and Wuhu's
# targets for 2025) scored 84.7% (50/59) / 96.2% (50/52) on its first run, on main at 729a673, labelled by hand before
# it; five misses are growths after a share of the plan (564亿元，占计划的100%，同比下降2%), one a growth after a bracketed
# aside (8.72亿元（剔除留抵退税后为8.04亿元），增长6.9%), two a range of values (201.06亿元—204.05亿元，增长6.5%—8%, its
# first end proposed alone), one a GDP named with its city (荆州地区生产总值增长6.5%); the other wrong proposal a worded
# comparison (增速快于经济增长).
# blind55 (eight reports reviewing 2011–2024: the plan reports of Foshan 2022 and 2023, Qingyuan 2020 and Zhongshan 2018;
# the work reports of the districts 增城区 and 荔湾区, of Huizhou 2024 and of the prefecture 迪庆 2011) scored 72.5% (58/80) /
# 80.6% (58/72) on its first run, on main at 729a673, labelled by hand before it; nine misses are one table's rows whose
# names end in （%） and whose cells carry the unit (3.8%, 6%左右), eleven misses and eleven wrong proposals one district's
# results delivered after April in a copy with no date (final, proposed as expected).
# blind56 (seven work reports reviewing 2010–2022: Xi'an 2014, 2016 and 2019, the districts 未央区 and 新城区, Shaanxi
# 2015 and Xinjiang's 2023 targets) scored 79.6% (39/49) / 83.0% (39/47) on its first run, on main at 729a673, labelled
# by hand before it; five misses and seven wrong proposals are one paper's reading delivered in May without a title
# year (its 2020 targets read as 2019's, its 2019 results final proposed as expected), four misses a level and growth
# after a list of thresholds passed (连续跨越200亿、300亿两大台阶，2010年完成326亿元，增长14.3%).
# blind57 (eight reports reviewing 2003–2023: the plan reports of the districts 江北区 and 镇海区, Wenzhou 2015, Taizhou
# 2003 and 温岭's plan for 2023; the work reports of Jinan 2023, Nanjing 2021 and Yangzhou 2024) scored 54.4% (62/114) /
# 78.5% (62/79) on its first run, on main at b0f3bb4, labelled by hand before it; 31 misses and 5 wrong proposals are one
# table one cell a line with empty lines between and a two-level header (目标 / 实绩 × 绝对值 / 增速), 16 misses and 10
# wrong proposals one report's approved targets of the year reviewed (主要调控目标是…) read as its results, which then
# displace the results; four misses are exports named 外贸自营出口额, 外贸自营出口总额 or 货物出口总额.
# blind58 (eight reports reviewing 2005–2025: the plans as issued of the league 锡林郭勒 2018 and 2024 and of Changzhi
# 2023; the work reports of Baoding 2022, Daqing 2014, Changchun 2006, Liaoning 2025 and Heilongjiang's 2006 targets)
# scored 98.4% (63/64) / 95.5% (63/66) on its first run, on main at b0f3bb4, labelled by hand before it; its miss is
# the urban half of a shared subject with one figure (城乡居民人均可支配收入分别增长7.5%左右); its wrong proposals a
# worded target read as a value twice (居民人均可支配收入增长与经济增长基本同步，完成国家下达的单位地区生产总值二氧化碳
# 排放降低任务) and a local industry's growth read as the 规模以上 series (地方工业增加值增长10%).
# blind59 (eight reports reviewing 2016–2023: the plan reports of Yueyang 2022, Suzhou (宿州) 2020 and 2021 and Bengbu
# 2021 as a news report quotes it; the work reports of the counties 竹山, 宜章, 兴山 and 黄梅) scored 72.2% (39/54) / 88.6%
# (39/44) on its first run, on main at b0f3bb4, labelled by hand before it; seven misses are one news report's targets and
# results in one clause (地区生产总值增速年初计划目标为8.5%，全年完成0%; 第一产业增速…), three misses and three wrong
# proposals one table whose target cells are worded against the province (增长高于全省0.5个百分点 swallowed into the row's
# name, 增长高于全省平均水平 proposed as a target) and whose revenue row is named 财政收入, two misses and two wrong proposals
# a year of a comparison (是2011年的2倍) carried to the next clause's level, two a revenue named 地方一般公共财政预算收入, one
# an investment named 县内固定资产投资. Its precision floor fell 0.94 → 0.93 when that table's result column came to be
# read: its worded targets (增长高于全省平均水平, 与GDP增速同步) are proposed beside the results, and labels leave worded
# values out.
# blind60 (seven work reports reviewing 2016–2024: Haikou 2019 and 2020, the district 吉阳区, the counties 屯昌 and
# 临高, the county-level city 文昌 and the prefecture 迪庆) scored 78.1% (57/73) / 79.2% (57/72) on its first run, on
# main at b0f3bb4, labelled by hand before it; fourteen misses and fourteen wrong proposals are one paper's reading
# published in May with no year of review in its text (2019's results final, proposed as expected), two misses and
# one wrong proposal the two incomes of one subject (城镇和农村常住居民年人均可支配收入分别增长9.5%左右、10.5%左右,
# its first proposed as 居民人均可支配收入).
# blind61 (six work reports reviewing 2013–2023: the districts 贡井区, 温江区 and 永川区, the cities 榆林, 咸阳 and 宝鸡)
# scored 54.5% (18/33) / 60.0% (18/30) on its first run, on main at b0f3bb4, labelled by hand before it; six misses
# and six wrong proposals are one district's targets for 明年 in a report delivered in December of the year reviewed
# (read as the year after next), six misses the stretch targets after 力争 (增长10%，力争11.5%), two misses and two wrong
# proposals a news report's results of 过去的一年 read as the next year's targets, one miss a target in a subheading
# (今年目标 / 城镇居民收入增长8.5%); the other wrong proposals are increments (城乡居民收入分别增加10491元、3849元)
# and a worded comparison (城乡居民收入高于全国平均水平).
# blind62 (nine reports reviewing 2012–2022: 嘉祥's plan for 2023 as issued; the work reports of Jiangsu 2016, Zhejiang
# 2022, Shanghai 2016, Fujian 2015, Quanzhou 2012, Suzhou 2022, the county 平阴 and the district 历下区) scored 88.5%
# (77/87) / 87.5% (77/88) on its first run, on main at c555386, labelled by hand before it; seven misses and seven wrong
# proposals are one province's targets after 今年…预计增长 (read as expected results), one wrong proposal the same
# wording in a news item (今年上海GDP预计增长6.5%左右); one miss is a target range (增长7%—7.5%) displaced by the
# headline's result (GDP增长7.8% proposed as the target), two misses a bound before a level (社会消费品零售总额超过9000亿元)
# and a count after a total (总量达到1.34万家); the other wrong proposals a worded target (城乡居民收入增长与经济增长同步).
# blind63 (eight reports reviewing 2004–2025: the plan report of Hohhot 2018; the work reports of Hohhot 2019 and 2021,
# 鞍山 2006 and 2025, 赤峰 2024, Shanxi 2023 and Jilin 2004) scored 91.4% (74/81) / 100% (74/74) on its first run, on
# main at c555386, labelled by hand before it; three misses are one older total revenue with its comparable growth
# (一般预算全口径财政收入329亿元，增长13.7%（按可比口径增长18.3%）), two a shared growth after two levels written 各
# (分别达到53026元和22435元、各增长6.5%和9.5%), one a grain output named only by the sown area before it (粮食播种面积
# 4741.4万亩，总产量295.6亿斤), one new jobs written 城镇新就业39万人.
# blind64 (eight reports reviewing 2011–2021: the plan report of Lu'an 2021; the work reports of Jingzhou's 2014 targets,
# Jiangxi 2011 and 2021, Henan 2017, Shangqiu 2017, the county 延津 and Pingxiang 2020) scored 62.1% (18/29) / 64.3%
# (18/28) on its first run, on main at c555386, labelled by hand before it; four misses and four wrong proposals are one
# paper's reading that lists next year's targets before the words that name them (生产总值增长10%…CPI控制在4%左右……
# 2012年的一系列经济社会发展目标; read as the review year's results), five misses and five wrong proposals two reports delivered in April and October whose year's
# results are final (proposed as expected), one miss an R&D intensity named 全社会研发投入强度, one a revenue named
# 财政收入 alone; the other wrong proposal a threshold passed (常住人口城镇化率突破50%).
# blind65 (six reports reviewing 2011–2022: the plan reports of 黔东南 2021, 新会区 2017 and 琼山区 2020; the work
# reports of 南海区 2023, 茂名 2011 and 黎平 2022) scored 89.6% (60/67) / 96.8% (60/62) on its first run, on main at
# c555386, labelled by hand before it; five misses and both wrong proposals are one news report of 2011: a target of
# the next year worded 预期增长目标为10% (proposed as expected), a five-year target (到2016年…预计突破2500亿元), the
# urban income after the city's name (去年茂名城镇居民人均可支配收入16083元) and so its 分别 growth given to the rural
# one; one miss the revenue raised in a district (来源地一般公共预算收入), one the high-tech firms abbreviated (高企总数).
# blind66 (seven reports reviewing 2006–2025: Shaanxi's plan report for 2025; the work reports of 咸阳 and 乐山 for 2025,
# the county 宣汉 for 2023, Sichuan 2009, Chongqing 2012 and Qinghai 2006) scored 74.5% (38/51) / 88.4% (38/43) on its
# first run, on main at c555386, labelled by hand before it; four misses and four wrong proposals are one county's 2023
# results, delivered in March, read as final from the news page's date line of April; six misses the three sectors named
# together as one subject (三次产业实现增加值分别为…、…和…，分别增长…、…和…), two a grain output after its sown
# area (总产实现1347万吨) and an unemployment rate written 城镇调查失业率均值为5.3%, one an income target without its
# measure (居民收入增长6%左右); the other wrong proposal the reconstruction's investment (完成投资6002.7亿元).
# blind67 (thirteen reports reviewing 2006–2025: Lianyungang's plan report for 2023; the work reports of 镇江 2018, 宿迁
# 2025, 舟山 2019, 嵊州 2015, 宜兴 2025, 盐都区 2006, 武进区 2025, 静安区 2023, 虹口区 2017, 杨浦区 2012 and 2023 and 市南区
# 2021) scored 94.4% (67/71) / 93.1% (67/72) on its first run, on main at 48351b8, labelled by hand before it; two misses
# and two wrong proposals are thresholds labelled with their unit (高新技术企业超900家, 固定资产投资总额突破300亿元) where
# extraction writes 超900 and 突破300, one miss and one wrong proposal a level of the year before last that a paper adds
# (2017年镇江实现地区生产总值4105.36亿元, final, proposed as expected), one miss an R&D intensity with a bracket
# between its name and 占GDP比重 (研发经费支出(R&D)占GDP比重达到2.6%); the other two wrong proposals five-year aims
# that name no year (未来五年…力争突破2000亿元, 居民人均可支配收入超过9万元), proposed as targets of the report's year.
# blind68 (six reports reviewing 2013–2025: the plan reports of the districts 大兴区 and 河西区 and Tongliao's plan for 2023;
# the work reports of the district 东城区, the county 大厂 and the county-level city 龙井) scored 94.4% (34/36) / 97.1%
# (34/35) on its first run, on main at 48351b8, labelled by hand before it; one miss is an investment named with its
# threshold (限额以上固定资产投资增长30%), one miss and the wrong proposal a news report's first result of the year
# reviewed, run together in one paragraph after the list of the report's parts naming the next year (三、2026年主要工作。
# 2025年及“十四五”工作回顾 …全市地区生产总值同比增长7%（预计，下同）, proposed as 2026's target).
# blind69 (six reports reviewing 2012–2025: the plan reports of Huangshi 2015, Luoyang 2022 and Xinxiang 2021; the work
# reports of Nanyang 2021, Nanchang 2012 and Pingdingshan's 2026 targets) scored 82.5% (33/40) / 86.8% (33/38) on its
# first run, on main at 48351b8, labelled by hand before it; five misses and five wrong proposals are one city's plan
# issued in April (its year's results final, proposed as expected), two misses a digest's bullets: a grain output named
# 总产 after 粮食生产 (总产达到142.7亿斤) and an industrial growth named 规上工业 without 增加值 (规上工业增长10.5%).
# blind70 (eight reports reviewing 2018–2024: the plan reports of the Shenzhen districts 光明区 for 2022, 2023 and 2024
# and 龙华区 for 2021; the work reports of 福田区 2018, the Haikou district 龙华区 2024, 德宏 2024 and 毕节 2020) scored
# 86.0% (43/50) / 89.6% (43/48) on its first run, on main at 48351b8, labelled by hand before it; all seven misses and
# all five wrong proposals are one report, 龙华区's plan for 2021 delivered in April, whose copy has no date: five of its
# results proposed as expected where they are final, and its GDP level and growth not proposed at all, the stop after a
# bold lead being lost (主要经济指标增长强劲地区生产总值2828亿元，增长10.2%).
# blind71 (seven work reports reviewing 2019–2024: 安康 2024, 渭南 2021, the prefecture 海西 2019, 海东 2019, 山南's 2023
# targets, Chongqing 2019 (wording issue 14 quotes) and Sichuan 2023) scored 85.3% (58/68) / 89.2% (58/65) on its first
# run, on main at 48351b8, labelled by hand before it; five misses and six wrong proposals are one source's review year
# entered as its targets' year (山南, 2023 for 2022: every target proposed a year late or as a result), one wrong proposal
# a count in 人 the labeller had left out (城镇新增就业9334人); with both set right, no rule changed: 92.8% (64/69) / 100%
# (64/64). Its misses are then a revenue named with its spending (一般公共预算收支分别增长7.6%、5.7%), the foreign half
# of a shared verb (实际使用内资130.2亿元、外资1368万美元，分别增长18.4%、9.4%, both its figures), a growth whose subject
# is a clause before (地区生产总值增速保持在合理区间，初步预计全年增长6.3%) and a copy's typo (规模以上工作增加值增长6.1%).
# blind72 (eight reports reviewing 2011–2024: the plan reports of Jiaxing 2017 and Shanghai 2011; the work reports of
# Jiaxing 2024, 余杭区 2014, 海宁 2021, Jinan 2019, Nanjing 2022 and Yancheng 2021) scored 81.5% (53/65) / 89.8% (53/59)
# on its first run, on main at f45b74d, labelled by hand before it; eleven misses and three wrong proposals are Jiaxing's
# table of main indicators (a row over two lines whose plan level cell is empty, so the target and the result's level
# shift a column; row names with a note, 地区生产总值(注1), 固定资产投资额(注2), proposed as new indicators), one miss the year's
# growth after three partial years' (一季度、上半年、前三季度、全年分别增长8.5%、8.4%、8.3%和8.2%); two wrong proposals
# are five-year cumulative totals read as the year's (累计完成固定资产投资2543亿元，实际利用外资19亿美元), one a five-year
# comparison read as the year's worded value (年均增长7.3%，居民收入增长持续快于经济增速).
# blind73 (six reports reviewing 2016–2023: the plan report of the Tianjin district 和平区 for 2021; the work reports of
# 石景山区 2022, 门头沟区's 2020 targets, 平谷区 2016, 沈北新区 2020 and the Shenyang district 和平区's 2023 targets) scored
# 90.2% (37/41) / 97.4% (37/38) on its first run, on main at f45b74d, labelled by hand before it; the misses are exports
# given as the part of a shared trade total (外贸进出口总额201亿元，其中外贸出口额105亿元), the foreign half of a pair of
# capitals named together (内、外资到位额69亿元、2151万美元), a quota named without 下达 (超额完成万元GDP能耗降低任务) and
# a revenue's second growth in brackets (同比增长1%（同口径增长8.2%）); the wrong proposal a five-year fall of energy use
# read as the year's (预计单位地区生产总值能耗、水耗分别下降25.3%和27%, in a new term's review of five years).
# blind74 (seven reports reviewing 2014–2024: the plan reports of 湘乡 2023, 汨罗 2022 and Zhoukou 2024; the work reports
# of 庐阳区 2021, Hefei 2014, 武昌区 2018 and Anhui 2016) scored 79.7% (59/74) / 93.7% (59/63) on its first run, on main
# at f45b74d, labelled by hand before it; twelve misses and all four wrong proposals are 湘乡's dash lines, whose year's
# plan (年计划完成…617亿元以上) is proposed as a result and whose expected year (全年预计完成600亿元) is not proposed; the
# others a growth shared by three figures (…1230亿元，服务业增加值…，社会消费品零售总额860亿元，同比增幅均达8%以上) and a
# grain output after its sown area (粮食播种面积98.1万亩、总产量超41.2万吨).
# blind75 (eight reports reviewing 2009–2024: the plan reports of the districts 盐田区 2020 and 2022, 宝安区 2016 and
# 2017 and the new area 大鹏新区 2024; the work reports of 弥勒 2022, 玉屏 2022 and Hainan 2009) scored 89.2% (58/65) /
# 92.1% (58/63) on its first run, on main at f45b74d, labelled by hand before it; five misses and all five wrong
# proposals are one plan issued in April 2025 in a copy with no date (its year's results final, proposed as expected),
# two misses a residents' income named 人均可支配收入 alone (人均可支配收入48396元，增长9.0%).
# blind76 (six reports reviewing 2014–2025: 昭化区's plan report for 2025; the work reports of the prefecture 果洛 2017,
# the counties 凤县 2022 and 黄龙 2025, 镇安's 2015 targets and Xinjiang 2024) scored 84.4% (54/64) / 100% (54/54) on its
# first run, on main at f45b74d, labelled by hand before it; three misses are the sectors named 一产, 二产, 三产 without
# 增加值 (其中一产增长3.9%，二产增长14.1%), two the last items of a three-way 分别控制在4.2%、3%、2.5‰以内 (one named by a
# typo, 居民价格消费指数, one abbreviated, 人口自增率), two an investment after 州属 (州属固定资产投资71.41亿元，同比增长
# 0.39%), one a fall with a bracketed basis between verb and figure (下降（同口径）19.59%), one a GDP after 全疆, one a
# grain output written 总产 after 粮食增产.
# blind77 (eight reports reviewing 2010–2025: the plan reports of Fujian 2021, 镇海区 2019 and 2020 and 莲都区 2024; the work
# reports of 海沧区 2010, 浦东新区 2024 and the 2025 targets of 吴中区 and 历城区) scored 94.2% (81/86) / 98.8% (81/82) on its
# first run, on main at 08e671b, labelled by hand before it; two misses are a district's total revenue named 区财政总收入
# (区财政总收入41.6亿元，增长35.7%), one an income named without 收入 (城镇居民人均可支配同比增长5.7%), one an investment
# stated as a threshold (全社会固定资产投资超过3730亿元), one a worded energy task naming two tasks (完成能耗强度降低和煤炭
# 消费压减任务); the wrong proposal is a news headline's target (地区生产总值增长5.6%以上，历城区描绘2025年发展蓝图) read as
# the year's result.
# blind78 (seven work reports reviewing 2014–2024: the banners 伊金霍洛旗 2019 and 准格尔旗 2015, the districts 潞州区 2022,
# 西城区 2020 and 平谷区 2024, Shenyang 2019 and Liaoning's 2015 targets) scored 93.6% (44/47) / 97.8% (44/45) on its first
# run, on main at 08e671b, labelled by hand before it; two misses are the start of a level given from one year to
# another (从2010年的671.1亿元增加到2015年的1107.8亿元, 由40.6亿元增加到79亿元: only the end proposed), one miss and the
# wrong proposal a district's two revenues in one sentence, its own (区级一般公共预算收入完成调整任务的100%，达到413.84亿元)
# missed and the local-level total collected there (地方级收入完成925.34亿元) proposed as the local revenue.
# blind79 (eight reports reviewing 2010–2022: the plan reports of 黄石 2013 and 新乡 2020; the work reports of 黄石 2010,
# 铜鼓 2022, 于都 2022, 全椒 2021, 孟州 2012/2013 and 浏阳 2017) scored 90.8% (79/87) / 94.0% (79/84) on its first run, on
# main at 08e671b, labelled by hand before it; five misses and all five wrong proposals are 新乡's plan issued in June
# under a notice signed and dated 2021年6月22日 (results final, proposed as expected, as xinxiang-2022-plan's in blind69),
# two a foreign investment named 外商直接投资实际到资 (4.9亿美元，增长16.7 %), one a GDP growth after a bracketed
# aside (完成生产总值343亿元，比上年同期（下同）增长5.3%).
# blind80 (eight reports reviewing 2009–2024 in Guangdong: the plan reports of 清城区 2016 and 海珠区 2022, 2023 and
# 2024; the work reports of 增城市 2009, 禅城区 2022, 罗湖区's 2023 targets and 龙岗区's 2022 targets) scored 91.8% (45/49) /
# 100% (45/45) on its first run, on main at 08e671b, labelled by hand before it; one miss is an expected level written as
# a threshold in a digest's bullet (地区生产总值预计超2200亿元), one a second growth of GDP with a spending effect taken
# out (剔除…影响，全区GDP增长9%以上), one industry named 规上工业企业增加值, one a worded income measured against GDP
# (居民人均可支配收入增速与GDP增速基本同步).
# blind81 (eight reports reviewing 2018–2023: the plan reports of 广安 2023 and 遂宁 2020; the work reports of 泸州 2020,
# 南充 2022, 兰州 2021, 广安 2020, Shaanxi 2018 and Xinjiang 2019) scored 98.4% (63/64) / 100% (63/63) on its first run,
# on main at 08e671b, labelled by hand before it; the one miss is a growth after a rank clause between it and its
# indicator (地区生产总值2157.2亿元、总量居全省第6位，增长4.2%、增速居全省第5位).
# blind82 (eight reports reviewing 2010–2025: the plan reports of 苏州 2020 and 莱山区 2020; the work reports of 宁海 2010
# and 2014, 宁波 2011 and 2012, 宝山区 2016 and 济南's 2026 targets) scored 70.6% (60/85) / 83.3% (60/72) on its first run,
# on main at 65c4778, labelled by hand before it; sixteen misses are 苏州's table one cell a line whose result cell holds
# a level and its growth (20170.45亿元，增长3.4%), ten wrong proposals a digest's box of last year's results under a
# heading naming targets (去年主要目标任务圆满完成), read as targets; the others an urban income named 市区居民 (and so
# the 分别 growths of both incomes lost), a city's 公共财政预算收入 read as its local revenue beside 地方财政收入 and a
# five-year cumulative investment read as the year's (宁波 2011), a GDP named 增加值 alone after 预计2016年实现, a growth
# after a ratio clause (是“十二五”末的1.5倍，增长5.6%) and a GDP milestone labelled as a threshold (预计超过1.4万亿元).
# blind83 (six work reports reviewing 2007–2022: 营口 2008 and 2017, 沈阳 2023, 哈尔滨's 2021 targets, Liaoning 2011 and
# Heilongjiang 2023) scored 86.2% (25/29) / 96.2% (25/26) on its first run, on main at 65c4778, labelled by hand before
# it; two misses are a city's income named 城市人均可支配收入 (城市人均可支配收入11858元，增长17%), two the year's level
# after a five-year average with 去年 (年均增长14%，去年达到18278亿元); the wrong proposal a five-year grain output in
# 亿斤 read as the year's in 万吨 (粮食产量稳定在1500亿斤以上).
# blind84 (nine reports reviewing 2007–2023 in Hubei, Hunan, Henan and Anhui: the plan reports of 黄陂区 2022, 洪山区 2023
# and 浏阳 2020; the work reports of 新郑 2023, 宁国 2020, 钟祥 2020, 武汉 2021, 长沙 2007 and 点军区 2014) scored 90.6% (77/85) /
# 95.1% (77/81) on its first run, on main at 65c4778, labelled by hand before it; its misses: worded values (an income 高于经济
# 发展水平, cut short at 高于经济发展; 完成市下达的节能降耗、碳减排…任务 for two intensities), a result written as a threshold
# (社会消费品零售总额超700亿元), a retail sales named 社零额, a 2007 rural income after 城乡居民人均可支配收入分别达 read as the
# disposable-income series, and a headline's five-year target (5年后GDP突破4000亿); one wrong proposal is five years'
# new jobs read as the year's (城镇新增就业118.77万人).
# blind85 (nine reports reviewing 2004–2025 in Guangdong and Yunnan: the plan report of 黄埔区 for 2024; the work reports
# of 福田区 2007, 荔湾区 2004, 天河区 2015, Foshan 2016, Shenzhen 2009, Zhuhai 2018, Kunming 2022 and Zhongshan's 2025 targets)
# scored 79.4% (54/68) / 85.7% (54/63) on its first run, on main at 65c4778, labelled by hand before it; nine misses and all
# nine wrong proposals are two copies whose date line lost its month and day (——2025416日在…, ——2016524日在…), so results
# given in April and May are proposed as expected where they are final; four misses the start of a level given from one
# year to another (从2011年6580.28亿元预计提高到2016年8600亿元, 从1933.96亿元提高到3490.85亿元: only the end proposed); one
# a worded air-quality target shared with a rate that is no catalogue figure (空气质量优良天数比率和地表水水质优良率均完成省下达).
# blind86 (seven work reports reviewing 2013–2023: 宝鸡 2022, 酒泉 2022 and 2023, 玉门 2022, 绵阳 2019, 眉山 2013 and
# 自贡 2018) scored 98.2% (54/55) / 100% (54/54) on its first run, on main at 65c4778, labelled by hand before it; the one
# miss is an expected GDP written as a threshold before its growth (预计全年地区生产总值突破900亿元、增长9%).
# blind87 (ten reports reviewing 2013–2024: Fujian's plan report for 2022; the work reports of Shanghai 2021, Jiangsu 2022,
# Zhejiang 2021, 无锡 2013, 金华 2022 and 2024, 扬州 2020, 温州 2020 and 瑞安 2020) scored 86.1% (62/72) / 98.4% (62/63) on
# its first run, on main at 496b81a, labelled by hand before it; seven misses are levels given from one year to another: six
# starts (从2015年的4670亿元提高到6871亿元, 分别从44026元、21235元提高到63481元、32428元: only the ends proposed) and 瑞安's GDP,
# lost at both ends after a milestone clause (地区生产总值突破千亿大关，从2015年的717.4亿元提高到2020年的1037.1亿元);
# three a GDP written only as a threshold passed (突破5万亿元, 突破12万亿元, 突破6000亿元); the wrong proposal a bare fall
# read as a worded value (单位生产总值能耗进一步下降).
# blind88 (seven work reports reviewing 2021–2023: 大连's 2022 targets, 辽阳 2023, 桦川, 朝阳县, 新宾, 滦南 and 晋源区)
# scored 96.6% (57/59) / 98.3% (57/58) on its first run, on main at 496b81a, labelled by hand before it; the two misses
# are a shared subject with no 居民 (城乡人均可支配收入分别预计增长6.7%、7.3%), the wrong proposal an intensity's fall
# with no figure before a shared verb (单位地区生产总值能耗降低、…按省下达计划执行) read as the value 降低.
# blind89 (eight reports reviewing 2015–2025 in Hubei, Jiangxi and Hunan: the plan reports of 武昌区 2024, 江岸区 2023,
# 南昌 2019 and 永修 2021; the work reports of 吉安 2015, 黄州区's 2022 targets, 硚口区 2024 and 长沙县 2025) scored 75.4% (46/61)
# / 83.6% (46/55) on its first run, on main at 496b81a, labelled by hand before it; its misses: a dash line of last year's
# target before a colon and the result after it (——地区生产总值预期目标增长6.5%左右：预计全年…完成2020亿元), the target read as
# the result and the results after the colon lost, and a copy with no date line whose results of 2019 are final (a plan
# adopted at a congress sitting in May 2020), read as expected, with two growths of one revenue (按省口径计算增长3.9%，
# …同口径增长15.5%).
# blind90 (eight reports reviewing 2018–2023 in Guangdong and Guangxi: the plan reports of 光明区 2019, 2020 and 2021
# and 龙华区 2022; the work reports of 光明区 2023, 南山区 2022, 盐田区 2018 and 桂林 2020) scored 60.7% (34/56) / 69.4%
# (34/49) on its first run, on main at 496b81a, labelled by hand before it; fifteen misses and all fifteen wrong
# proposals are two reports delivered in April and June whose copies carry no date (光明区's plan for 2021, 桂林's
# review of 2020 under 2020年、“十三五”及今年以来工作回顾): results final, proposed as expected; the others a GDP after
# a bold lead that lost its stop (经济指标回稳向好地区生产总值达2952亿元), a trade threshold (外贸进出口总额超5200亿元),
# an industry's level and growth after a clause naming 上半年, a rate after 成功 (成功控制在3%以内) and the high-tech
# firms abbreviated 国高企业 (突破2000家).
# blind91 (seven reports reviewing 2013–2023 in Shaanxi and Sichuan: the plan report of 兴平 2023; the plans of 兴平 2023,
# 汉中 2022 and 紫阳 2024; the work reports of 龙泉驿区 2022, 澄城 2022 and Shaanxi 2013) scored 93.2% (55/59) / 100% (55/55)
# on its first run, on main at 496b81a, labelled by hand before it; its misses: a local revenue named 地方公共预算财政收入,
# a grain output target after a shared subject (粮食播种面积和产量分别稳定在381万亩、110万吨以上), and both figures of an
# industry whose name a verb splits (规模以上工业预计完成增加值7200亿元，增长13%以上).
# blind92 (five work reports reviewing 2005–2016: the county 武义 2009 and 2016 and the Shanghai district 普陀区 2005, 2014
# and 2016) scored 84.2% (16/19) / 100% (16/16) on its first run, on main at 1af50a0, labelled by hand before it; its three
# misses are a Shanghai district's GDP named by its value added alone (实现增加值72.50亿元，同比增长10.99%) or at the
# district's level (区级增加值从619.98亿元增长到880亿元（预计）).
# blind93 (eight work reports reviewing 2007–2023: the districts 东城区 2012, 海淀区 2011 and 昌邑区 2009, the new area
# 滨海新区 2013, the county 夏县 2023, Tianjin 2012, Inner Mongolia 2007 and a page of Liaoning 2009) scored 96.0% (48/50) /
# 98.0% (48/49) on its first run, on main at 1af50a0, labelled by hand before it; its misses are one sentence of 海淀区
# giving levels from a dated start to an undated end: the GDP after its milestone (预计突破3000亿元，由2006年的1595亿元
# 增长到3077亿元) not proposed, and the start's year carried on to the revenue (区级财政收入由89亿元增长到229亿元, read
# as 2006's: the wrong proposal).
# blind94 (eight reports reviewing 2010–2024 in Hubei, Henan and Anhui: the plan report of Hubei 2010; the work reports of
# Hubei 2014, Wuhan 2022, Zhengzhou 2020, 管城回族区 2020 and 2022, 建安区 2022 and 安庆 2024) scored 85.7% (24/28) / 100%
# (24/24) on its first run, on main at 1af50a0, labelled by hand before it; its misses: a city's name glued to the indicator
# (预计2022年武汉地区生产总值增长4.5%左右，总量达到1.9万亿元左右), both figures lost, and a PDF's decimals with spaces
# around the point (一般公共财政预算收入完成 27 .4 亿元, 社会消费品零售总额完成 134 . 1 亿元).
# blind95 (ten reports reviewing 2017–2024 in Guangdong, Hainan and Guizhou: the plan reports of 坪山区 2017 and 2020;
# the work reports of 坪山区 2021, 罗湖区 2020, 南沙区 2018, 天涯区 2023, Haikou's 龙华区 2020 and 2022, 红花岗区 2023 and
# 播州区 2024) scored 91.0% (81/89) / 98.8% (81/82) on its first run, on main at 1af50a0, labelled by hand before it; its
# misses: a revenue named 一般公共预算地方本级收入 (both figures), two incomes' levels after 分别上报完成, a target
# written as a range (5.5-6%, proposed without its %), a registered unemployment rate named 城镇居民登记失业率, the
# energy intensity's worded target shared with water (万元GDP能耗和水耗完成市下达目标任务) and 实际使用外资额.
# blind96 (seven reports reviewing 2018–2023 in Chongqing, Sichuan and Shaanxi: the plan report of 涪陵区 2020; the work
# reports of 渝中区 2020, 汉中 2019, 宝鸡 2019, 璧山区 2024, 前锋区 2022 and 安居区 2022) scored 98.1% (52/53) / 100% (52/52)
# on its first run, on main at 1af50a0, labelled by hand before it; its one miss: an industry's growth after its output's
# threshold (规上工业总产值突破千亿大关、增加值增长8.6%), the value added named only as 增加值.
# blind97 (eight work reports reviewing 2008–2021: Shandong 2011, Fujian 2010, Jiangsu 2009, Hangzhou 2022, 嵊州 2018,
# 义乌 2016 and 2018, 晋江 2019) scored 95.5% (85/89) / 97.7% (85/87) on its first run, on main at 2728585, labelled by hand
# before it; its misses: a local revenue named 本级收入 after 其中 (both figures), a natural growth rate whose ‰ the copy
# lost (6.2%。。), a COD fall written 排放减少0.2%; its wrong proposals: 城乡居民人均可支配收入高于GDP增速 read as a
# worded value of both incomes, which the labels left out. On merging they were labelled, one a side: 高于GDP增速 says what
# 快于经济增长 says, which the corpus labels as a worded value.
# blind98 (six reports reviewing 2009–2022: Tianjin's plan for 2010; the work reports of Inner Mongolia 2020, Changchun
# 2019, 和林格尔 2011, 正镶白旗 2020 and 交城 2023) scored 95.0% (38/40) / 100% (38/38) on its first run, on main at 2728585,
# labelled by hand before it; its misses: a span whose end year lacks 年 (地方财政总收入由2005年的5亿元增加到2010的13.2亿元),
# and the grain output named 总产量 after a clause of the grain's sown area (完成粮食播种11.34万亩，总产量8287万斤).
# blind99 (eight reports reviewing 2009–2023 in Henan, Hunan, Anhui and Hubei: the plans of Hunan 2015 and Henan 2016 as
# news items give their targets; the work reports of 获嘉 2011, 修武 2012, 合肥 2012, 洛阳 2010 and 2011 and Hubei 2024)
# scored 82.7% (67/81) / 94.4% (67/71) on its first run, on main at 2728585, labelled by hand before it; its misses: four
# levels written only as thresholds passed (突破100亿元, 突破5亿元, 超过3600亿元, 超过7700元); one growth shared by two
# incomes after their levels (分别达到10558元、6238元，同步增长9%); two growths run together by a copy that lost its 和
# (分别增长15.5%16%以上: the first given to the rural income, the second lost); a worded target shared by exports and
# foreign investment (外贸出口、实际利用外资完成省定目标); short names in a list of targets (投资增长18%左右,
# 居民价格指数CPI涨幅…3%左右) and 公共财政一般预算收入; the year's revenue growth lost behind its first quarter's fall,
# proposed instead (一季度…财政一般预算收入下降14.6%). The other wrong proposals: a subheading restating a target read as the
# review year's result (生产总值增长8%左右) and an industrial zone's investment read as the county's (产业集聚区将完成固定资产
# 投资43亿元). On merging, the four thresholds passed were taken out, as the corpus's convention has it (results of
# aggregates stated exactly, written as thresholds passed, are milestones): 67/77 on the first run by that count.
# blind100 (eight reports reviewing 2011–2022 in Guangdong: the plan reports of 顺德区 2011 and 天河区 2016; the work reports
# of Zhuhai 2014, 香洲区 2020, 金湾区 2020, 福田区 2016, 顺德区 2022 and 番禺区 2022) scored 88.1% (59/67) / 98.3% (59/60) on its
# first run, on main at 2728585, labelled by hand before it; its misses: 外贸出口总值 (both figures), a stray character
# before a per-cent sign (13.1?%), a qualifier between the name and 达 (全体居民人均可支配收入初步测算达…, both figures), a
# level after an increment (新增…高新技术企业340家，总数达830家), a worded energy target naming no indicator (完成市下达的节能
# 指标任务) and a 十四五 target dated to the next year (力争地区生产总值达到2000亿元, and its headline proposed for 2021).
# blind101 (six work reports reviewing 2013–2022: 兰州 2018, 成都 2014 and 2022, 拉萨 2016, Sichuan 2021 and Gansu 2013)
# scored 97.8% (44/45) / 100% (44/44) on its first run, on main at 2728585, labelled by hand before it; its one miss: a level
# ending a five years' sentence after the thresholds crossed (总量跨过7个千亿级台阶、达2.08万亿元).
# blind102 (eight reports reviewing 2019–2025 in Fujian, Zhejiang and Jiangsu: the plan reports of 泉港区 2023 and 三明 2019
# and 2020; the work reports of 莆田 2025, 磐安 2023, 龙游 2022, 泉山区 2023 and 南浔区 2022) scored 89.0% (73/82) / 97.3%
# (73/75) on its first run, on main at 36f3359, labelled by hand before it; its misses: exports named 出口商品总值 (both
# figures), Fujian's 一般公共预算收入 before 地方一般公共预算收入 (the total: read as the local revenue, both figures wrong,
# and the local revenue after it lost), three levels of a twenty years' review shared by one verb (地区生产总值、财政总收入、
# 地方一般公共预算收入分别增加至559.2亿元、68.5亿元、39.5亿元).
# blind103 (eight work reports reviewing 2009–2024: 西城区 2012 and 2019, 海淀区 2009 and 2013, 滨海新区 2012 and 2014, 科右前旗
# 2023 and 阿拉善右旗's 2025 targets) scored 96.3% (78/81) / 97.5% (78/80) on its first run, on main at 36f3359, labelled by hand
# before it; its misses: the narrower of two local revenues in one sentence (地方财政收入1123亿元，增长22.4%；一般预算收入730亿元，
# 增长22.6%: the first proposed, the second, the labelled one, lost) and a count written as a threshold passed after an
# increment (新增国家高新技术企业785家，总数突破5000家).
# blind104 (seven work reports reviewing 2007–2024: Hubei 2007, 2010 and 2012, Hunan 2010 and 2011, 庐江 2024 and 郑州's
# targets for 2023) scored 95.5% (42/44) / 100% (42/42) on its first run, on main at 36f3359, labelled by hand before it; its
# misses: a consumer price rise written as a fall of its growth to a level (消费价格涨幅回落至5.5%) and a level ending a span
# from an earlier year's (在2005年6520亿元的基础上，2010年达到15806亿元).
# blind105 (eight reports reviewing 2010–2025: Zhuhai's plan for 2010; the work reports of Guangdong 2012, Guizhou 2017,
# Guangxi 2025, Guangzhou 2010, 江门 2023, 迪庆 2015 and 开平 2024) scored 86.1% (31/36) / 91.2% (31/34) on its first run, on
# main at 36f3359, labelled by hand before it; its misses: two revenues shared by 分别达 (来源于…的财政总收入和地方公共财政预算收入
# …分别达1.47万亿元和6228亿元: the first read as the local revenue, the second lost), a level ending a five years' sentence after
# a threshold crossed (总量突破万亿元、达到1.35万亿元), the year's GDP after a goal met read as the next year's target
# (全面实现“四个千亿”发展目标，地区生产总值4022.25亿元) and a worded result after a qualifier (固定资产投资高位下保持正增长); its other
# wrong proposal: a five years' statement of the birth rate (人口自然增长率控制在4.8‰以内) read as the year's result.
# blind106 (ten reports reviewing 2010–2022: the plan report of 甘孜 2020; the work reports of 甘孜 2019, 塔城, Qinghai 2021,
# 兰州 2022, 庆阳, 平凉 and the counties 疏附, 静宁 2010 and 石棉 2021) scored 95.7% (66/69) / 98.5% (66/67) on its first run,
# on main at 36f3359, labelled by hand before it; its misses: an investment named without 投资 and a clause before its
# verb (全社会固定资产创造了建州以来最高纪录，预计同比增长8%), a pronoun before the name (我农村居民人均可支配收入预计增长10.8%),
# and the level ending a span whose start is dated by a period in quotes and broken by a line (由“十五”末的(line break)12.8亿元增加到
# 19.2亿元). Its one wrong proposal (新增就业3897人) was the hand labels' omission: 新增就业 is labelled 城镇新增就业 across
# the corpus, so the label was added after the run: 67/70 / 67/67 by that count.
# blind107 (eight work reports reviewing 2005–2021: Zhejiang 2014, 苏州 2005 and 2013, 福州 2015, 义乌 2018, 苍山 2011, 五莲 2011
# and 虎丘区 2021) scored 98.0% (48/49) / 100% (48/48) on its first run, on main at 83eb0f2, labelled by hand before it; its one
# miss: a growth of value added whose sector names only the clause before it (服务业提档升级，增加值增长10.7%).
# blind108 (six work reports reviewing 2019–2024: 法库 2019, 辽阳县 2019, 通辽 2024, 巴林右旗 2019, 正蓝旗's term to 2021 and
# 海淀区's five years to 2021) scored 100% (33/33) / 97.1% (33/34) on its first run, on main at 83eb0f2, labelled by hand
# before it; its one wrong proposal: a term's cumulative investment read as the last year's level (累计实施重点项目79项，…，
# 完成全社会固定资产投资76.8亿元, after a five years' average growth).
# blind109 (nine reports reviewing 2014–2022: the plan reports of Changsha 2016 and 汉南区 2021; the work reports of Hunan
# 2017, 嵩县 2023, 吉安县 2015, 芜湖 2022, 许昌 2021 and 2023 and 汉南区 2021) scored 97.0% (65/67) / 98.5% (65/66) on its first
# run, on main at 83eb0f2, labelled by hand before it; its misses: a level after a threshold crossed under a subject named
# in the heading only (经济总量跨上新台阶。首次突破3万亿，达到 3.12万亿元) and a level after a run of thresholds crossed in a
# five years' sentence (国内生产总值先后跨越2500亿元、3000亿元、3500亿元台阶，初步核算2022年达到3850亿元); its one wrong proposal:
# a five years' statement of the grain output (总产保持在280万吨以上) read as the year's result.
# blind110 (eight reports reviewing 2019–2025: the plan reports of 坪山区 2022 and 龙华区 2019; the work reports of Guangdong
# 2024, Hainan 2021, 湛江 2021 and 2024, 南宁 2020 and 霞山区's 2025 target) scored 82.1% (32/39) / 100% (32/32) on its first
# run, on main at 83eb0f2, labelled by hand before it; its misses: the levels reached at the end of a five years' review,
# each after its cumulative growth (累计增长29.3%，达到3500亿元, three figures), the residents' income named only as
# 人均可支配收入 (both figures), a worded GDP growth with 合理 inside it (保持合理正增长) and a year's target of new jobs
# restated in the review (超额完成国家下达的110万人年度任务).
# blind111 (five work reports reviewing 2015–2021: 白银 2020's targets, 白银区 2020, 新都区 2018, 雁塔区 2015 and Xi'an 2021)
# scored 78.1% (25/32) / 86.2% (25/29) on its first run, on main at 83eb0f2, labelled by hand before it; its misses: a
# paper's quote of the next year's targets after 明确目标，再出发 read as the review year's results (all four figures, and four
# wrong proposals), a target written as the indicator's 目标为 (地区生产总值的目标为增长7.8%以上), and two levels shared by
# 分别完成 (固定资产投资、社会消费品零售总额分别完成8 12.15亿元和656.47亿元, the first broken by the copy's space).
# blind112 (nine reports reviewing 2015–2025: the plan reports of 三明 2021 and 浦东新区 2021; the work reports of Shandong
# 2019, 浦东新区 2015, 三明 2025, 平阳 2020, 临海 2022, 泰兴 2017 and 兴化's 2025 targets) scored 73.8% (48/65) / 90.6% (48/53) on
# its first run, on main at 6c29439, labelled by hand before it; its misses: a table run onto one line with its prose, cells
# parted by runs of spaces (all eight figures), a list of targets whose year is named only in its heading (2025年工作任务)
# read as the review year's results (five figures, five wrong proposals), a level after a hedged verb and the growth after
# it (全市生产总值有望达到3000亿元，增长7.5%), a comparable growth in brackets after an aside (增长0.6%（剔除减税降费等因素，
# 可比口径实际增长13%以上）) and 分别 shared over an indicator and a 其中 part the catalogue lacks (固定资产投资799.7亿元，其中
# 产业投资722亿元，分别增长16.3%和20%).
# blind113 (eight work reports reviewing 2004–2023: 晋城 2019 with its 2020 targets, 锦州 2023, 四平 2011, 2017 and 2019,
# 张家口 2023, 道里区 2004 and 锡林浩特 2007) scored 73.2% (60/82) / 83.3% (60/72) on its first run, on main at 6c29439, labelled
# by hand before it; its misses: a paper's account of the next year's targets (2020年工作安排：今年…主要目标是, delivered in
# April) read as the review year's final results, displacing five of them; a city's own level (市本级地方级财政收入, 市本级
# 全口径财政收入) read as the whole city's revenue; a list of measures of one subject (规模以上工业总产值、增加值、利润分别完成…);
# a district's bare 区本级财政收入 read as the total revenue where it is labelled the local; an output shared by a list of
# areas (粮食面积…，蔬菜面积…，产量分别为5.4万吨和20.5万吨); and a bound before a % written with its sign (不超过3%).
# blind114 (eight reports reviewing 2016–2025: the plan reports of 洛龙区 2019 and 西湖区 2022; the work reports of 惠济区
# 2016, 荥阳 2020, 弋江区 2025, 吉安 2016, 靖安 2024 and 湘潭县 2022) scored 94.0% (63/67) / 98.4% (63/64) on its first run,
# on main at 6c29439, labelled by hand before it; its misses: a paper's panel of targets whose every name is broken over
# two lines (规模以上 / 工业增加值 / 增长1.5%) and its worded income target so broken (城乡居民 / 人均可支配收入 / 与GDP基本同步,
# both sides), and an R&D intensity written after an increase of the spending (R&D经费支出①增加5.3亿元，占GDP比重达到0.89%);
# its one wrong proposal: a development zone's trade (天易经开区…进出口总额8亿元) read as the county's.
# blind115 (eight reports reviewing 2019–2024: the plan reports of 罗湖区 2019 and 宝安区 2024; the work reports of 万秀区, 长洲区,
# 港北区, 增城区, 阳西 and 新兴 for 2022) scored 82.0% (41/50) / 83.7% (41/49) on its first run, on main at 6c29439, labelled by hand
# before it; its misses: 宝安区's plan as issued on 12 May 2025 (the date in a repost's lead, 5月12日, with no year beside it),
# all eight results read as expected, not final (eight misses and eight wrong proposals: the values all found), and a growth of
# value added shared by 分别 with industrial output, which the catalogue does not hold (规模以上工业总产值和增加值同比分别增长
# 16.1%、28.1%: the second lost).
# blind116 (eight work reports reviewing 2008–2021: Shaanxi 2008, Gansu 2011, Ningxia 2021, Xi'an 2009, 杨陵区 and 未央区
# 2009, 北碚区 and 兴文县 2020) scored 95.0% (57/60) / 96.6% (57/59) on its first run, on main at 6c29439, labelled by hand
# before it; its misses: a growth shared by 均 after two incomes each with its own increase (城镇居民人均可支配收入增加1700元，
# 农民人均纯收入增加450元以上，均增长17%左右: the first income lost) and the growths after prices shared by 分别 after it
# (扣除价格因素分别增长11%和10%以上, both); its wrong proposals: a five years' cumulative investment read as the last year's
# level (五年来，全社会固定资产投资预计完成469亿元) and the local revenue in 万元 (地方财政收入8039万元), which was the hand
# labels' omission (the corpus labels such a level, sansui-2011-gwr's 7309万元), so the label was added after the run:
# 58/61 / 58/59 by that count.
# blind117 (eight reports reviewing 2013–2025: the plan reports of 宁波 on 2020 and 2021; the work reports of 宁波 on 2019, 2022
# and 2024, 日照 2013, 南京 2023 and 浦东新区's targets for 2026) scored 56.8% (42/74) / 58.3% (42/72) on its first run, on main
# at 9012c88, labelled by hand before it; its misses, most of them a result's kind: a plan report's opening that says it carried
# out the plan approved (认真执行…审议批准的2020年国民经济和社会发展计划) made the year's results targets (eleven), results
# delivered in April read as expected (seventeen: a copy with no date, and one dated only by its publication line
# 2022-04-18), trade named 外贸自营进出口总额 (three), and a target striven for after a worded one (稳定增长、力争达到3%); its
# wrong proposals besides those: incomes passing thresholds shared by 分别 (分别超8.2万元和5万元), which are milestones.
# blind118 (six reports reviewing 2019–2024: the plan reports of 滨海新区 2020 and 2025; the work reports of 霸州 2022, 凌海 2020,
# 大同 2020 and 西岗区 2020) scored 96.5% (55/57) / 100% (55/55) on its first run, on main at 9012c88, labelled by hand before
# it; its misses: a worded income growth compared with 超过 and shared by both incomes (城乡居民人均可支配收入增速超过GDP增速,
# both sides).
# blind119 (ten reports reviewing 2008–2023: the plans of 武昌区 for 2014 and 2017 and its account of 2023; the work reports
# of 孝感 2013 and 2008 (its 2009 targets), 株洲 2013, 长沙 2010, 淮滨 2009, 青山区 (Wuhan) 2014 and 东湖区 2019) scored 80.0%
# (76/95) / 96.2% (76/79) on its first run, on main at 9012c88, labelled by hand before it; its misses: a list of targets and
# expected results one a dash line, the target before a colon and the result after it (——全年地区生产总值预期目标增长6.5%：
# 预计全年实现增长6.5%左右: ten figures, the table below it read), a table's level target in a column headed 增速 read as a
# growth (全社会固定资产投资 | 365 | 380), 公共财政预算总收入 not known as the total revenue, growths after two levels with no
# 分别 (生产总值71.99亿元、财政一般预算收入1.2亿元，同比增长13.9%、20%), a trade growth shared by 分别 with non-catalogue
# series, and the wordings 利用外资实际到位资金 and 农民人均收入; its wrong proposals: the FAI target read as a growth, the
# first shared growth given to the revenue, and a pollution task read as the energy intensity's worded result.
# blind120 (ten reports reviewing 2009–2024: Guangdong's plan for 2010 as issued; the work reports of 东方 2022, 佛冈 2024,
# 连州 2022, 禄劝 2019, Guizhou 2014 (its targets), 潮州 2020, 白云区 2009 (its targets), Guangzhou 2021 and 阳江 2021) scored
# 81.0% (47/58) / 81.0% (47/58) on its first run, on main at 9012c88, labelled by hand before it; its misses: 禄劝's report
# delivered on 21 May 2020 (a news lead, 5月21日, with no year beside it), all nine results read as expected, not final (nine
# misses and nine wrong proposals: the values all found), and a growth shared by 分别 after a list of three subjects, the third
# not a catalogue indicator (进出口总额、实际利用外资、引进外省到位资金分别增长20%左右: both lost); its wrong proposals: a
# worded 完成省定目标 read as the unemployment rate's target (not a listed worded form) and an energy target worded
# 单位生产总值能耗下降、…实现“十一五”目标 read as 下降.
# blind121 (eight reports reviewing 2014–2025: the plan report of 巴南区 2024; the work reports of 黔江区 2014 and 2024, 酉阳
# 2021, 忠县 2020, 彭州 2021, 邛崃 2020 and 甘州区 2025) scored 95.7% (44/46) / 100% (44/44) on its first run, on main at
# 9012c88, labelled by hand before it; its misses: a threshold shared by 均 after two rates, the second no catalogue
# indicator (常住人口城镇化率和户籍人口城镇化率均突破50%), and a GDP named in brackets after a generic word
# (经济总量（地区生产总值）达到1188.8亿元); no wrong proposal.
# blind122 (eight reports reviewing 2015–2023: the mid-year plan accounts of 嘉定区 2017 and 普陀区 2021; the work reports of
# 福州 2016 and 2019, 东台 2023, 海门 2019, 闵行区 2015 and 莒县 2018) scored 86.6% (71/82) / 88.8% (71/80) on its first run, on
# main at 8b6af62, labelled by hand before it; its misses: a mid-year report's table of the year's targets (嘉定区: all five),
# targets a news report states before its heading of targets read as the past year's results (莒县: six wrong proposals, the
# same targets found again under the heading), a growth after a fall given in brackets with 剔除…同口径增长 (two), 全区居民
# 可支配收入 with no 人均, 可比增长, a growth after a level in a news report, and a worded energy target after 节能减排和环境质量
# 改善; its wrong proposals besides those: a mid-year table's half-year results read as the year's (普陀区: three).
# blind123 (ten work reports reviewing 2005–2023: 伊春 2022, 振兴区 2019, 铁岭县 2019, 白城 2023, 乌兰察布 2020, 阜新 2005 and
# 2021, 沧州 2017 and 2021, 邢台 2023) scored 83.3% (85/102) / 84.2% (85/101) on its first run, on main at 8b6af62, labelled
# by hand before it; its misses: 阜新 2005's figures (an excerpt from its title and date line straight to the paragraph of
# 预计… results, the review's heading left out) all read as targets of the title's year 2006 (fifteen misses and fifteen
# wrong proposals: the values all found), a local revenue's comparable growth written after its fall with no comma
# (同比下降22.4%按可比口径同比增长5.7%), and a GDP growth after its level and the level's rank (达到4163亿元、全省第三，增长7%、
# 全省第二); its other wrong proposal: an increment of high-tech enterprises in a list of new enterprises (新增规上工业企业
# 450家、高新技术企业122家) read as their number.
# blind124 (eight reports reviewing 2006–2024: the plan report of 潜江 2024; the work reports of 潜江 2023 and 2011, Jiangxi
# 2009, 江夏区 2017, 浚县 2012, 中牟 2006 and 息县 2021) scored 87.3% (69/79) / 93.2% (69/74) on its first run, on main at
# 8b6af62, labelled by hand before it; its misses: a year taken from the base of a multiple after the figure (2006年，全县生产总值
# 完成116亿元，是2002年的两倍以上；其中一、二、三产业增加值分别完成…, 财政收入完成3.56亿元，是2002年的近三倍: five figures
# read as 2002's, five misses and five wrong proposals), a page that drops the separators between figures (城镇农村常住居民人均
# 可支配收入分别为4304626162元，分别增长3.8%5.5%: both incomes and both growths), and 均 shared by two pollutants each named
# with 排放量 (化学需氧量排放量和二氧化硫排放量均下降2%以上: the first lost).
# blind125 (nine reports reviewing 2005–2018, all of Guangdong: the plan report of 深圳 2018; the work reports of 深圳 2018,
# 汕头 2011, 2014 and 2015, 河源 2009, 梅州 2006, Guangdong 2008 and 梅县区 2016) scored 85.3% (64/75) / 98.5% (64/65) on its
# first run, on main at 8b6af62, labelled by hand before it; its misses: a figure after a milestone passed between it and
# its subject (314.04亿元，首次突破300亿元，比上年增长7.8%; 首次突破千亿元大关，完成1002.73亿元，增长35.1%; 2015年又突破
# 20亿元大关，达21.5亿元: four figures), the year's growths after a five years' span and its averages (年均增长14.5%，2007年
# 比上年增长14.3%; 年均分别增长22.7%和17.7%，2007年分别比上年增长36.7%和24%: three), levels shared by 分别达到 over four
# subjects the first of which is no catalogue series (three, and the first level given to the trade: the one wrong
# proposal) and a bracketed aside between the verb and the growth (比上一年增长（下同）10.6%).
# blind126 (eight reports reviewing 2005–2025: the work reports of 成都 2005, 西安 2006 (its targets), 拉萨 2010, 重庆
# 2025, 西乡 2020, 阆中 2021, 射洪 2023 and 天全 2022) scored 79.7% (47/59) / 79.7% (47/59) on its first run, on main at
# 8b6af62, labelled by hand before it; its misses: 拉萨's review opens under a heading that names the five years' targets
# as accomplished (一、全市各族人民团结奋斗，“十一五”目标任务胜利完成), read as the heading of next year's targets: all
# twelve results read as targets of 2011 (twelve misses and twelve wrong proposals, the values all found).
# blind127 (two reports of 慈溪 reviewing 2015–2016: its mid-year plan report of 2015 and its work report on 2016) scored
# 58.3% (7/12) / 100% (7/7) on its first run, on main at 7d8624b, labelled by hand before it; its misses: all five of the
# year's targets in the mid-year report's table (年初计划 over 绝对值 and 同比±%, beside 上半年实绩 over the same two, a
# 统计口径 column giving each indicator a 全市 row and a 市级 row, / for an empty cell): nothing of the report was proposed,
# neither the targets nor the half year's results; no wrong proposal.
# blind128 (two reports reviewing 2007 and 2017: the Beijing development and reform work conference's account of 2007, as
# a paper gives it, and the work report of Inner Mongolia 2017) scored 66.7% (6/9) / 100% (6/6) on its first run, on main
# at 7d8624b, labelled by hand before it; its misses: a level after a modal before its verb (地区生产总值可达到9000亿元,
# 可望达到: the level and the growth after it, twice the same pair) and a real growth after the nominal one
# (增长15%左右，扣除价格因素仍增长14%以上); no wrong proposal.
# blind129 (three work reports reviewing 2006–2016: Hubei 2013, 商城县 2006 and 汉阳区 2016) scored 94.7% (18/19) / 90.0%
# (18/20) on its first run, on main at 7d8624b, labelled by hand before it; its miss: the second of two growths shared
# by 分别 over two subjects the first of which is no catalogue series (工业增加值和社会消费品零售总额均突破1万亿元，分别
# 增长11.8%、13.8%: the first growth given to the retail sales, a miss and a wrong proposal); its other wrong proposal: a
# five years' cumulative investment (固定资产投资增长强劲，累计完成2070亿元) read as the year's level.
# blind130 (two reports: the work report of 佛山 2014 and Guizhou's mid-year report of July 2014) scored 79.2% (19/24) /
# 63.3% (19/30) on its first run, on main at 7d8624b, labelled by hand before it; its misses: a mid-year report (a news
# lead dated 7月28日 with no year, 今年上半年…今年下半年) read as a review of its year: the half year's growths and level
# proposed as next year's targets (eight wrong proposals) and the year's own targets (全年达到9200亿元, 1770亿元以上, …)
# dated the year after (three misses and three wrong proposals; the GDP's 全年达到9200亿元 after the second half's
# 完成生产总值5420亿元 not found), and a rate with no verb at the end of a list of results (常住人口自然增长率7.86‰).
# blind131 (seven reports reviewing 2010–2025 in Shaanxi, Sichuan, Gansu and Tibet) scored 93.2% (41/44) / 100% (41/41)
# on its first run, on main at ca672a2, labelled by hand before it; its misses: a threshold with no digit (农村居民人均纯收入
# 突破万元), a target after a long bridge (城镇居民人均可支配收入定的目标为再增长15%) and a level after a run of thresholds
# passed and a year (生产总值先后突破300亿元、400亿元、500亿元，预计2010年达到506亿元); no wrong proposal.
# blind132 (seven reports reviewing 2009–2022: the plan reports of 拱墅区 and 上城区 for 2022; the work reports of 上城区 2009,
# 湖州 2014, 安吉 2017, 余杭区 2021 and 荔城区 2022) scored 95.1% (77/81) / 100% (77/77) on its first run, on main at ca672a2,
# labelled by hand before it; its misses: a revenue's growth on a second basis after its natural one, the basis a clause of
# its own with no 口径 word (一般公共预算收入全年同比增长2.6%，扣除留抵退税因素，同比增长13.6%), a fixed-asset investment named
# 社会固定资产投资 (全 left out: 完成社会固定资产投资202.8亿元，增长13.3%: the level and its growth), and the foreign capital
# paid in named 实到外资 in a list shared out by 分别 (合同外资、实到外资、浙商回归省外资金分别达到5.03亿美元、1.71亿美元、
# 67.58亿元); no wrong proposal.
# blind133 (six work reports reviewing 2013–2023: 保定 2014 and 2022, 廊坊 2023 (its targets) and 2024, 呼伦贝尔 2023
# and 鞍山 2023) scored 95.7% (44/46) / 100% (44/44) on its first run, on main at ca672a2, labelled by hand before it; its
# misses: a worded target shared by two intensities with 达到 for 完成 (单位地区生产总值能耗和二氧化碳排放量等达到省定目标:
# both lost); no wrong proposal.
# blind134 (six work reports reviewing 2008–2021: 宜丰县 2008, 株洲县 2010, 石峰区 2015, 六安 2021, 桂阳县 2016 and 卢氏县
# 2018) scored 80.4% (37/46) / 78.7% (37/47) on its first run, on main at ca672a2, labelled by hand before it (the
# run's first count, 76.1% (35/46) / 74.5% (35/47), held two labels of numbers a line break splits, 34⏎0 and 198.⏎6,
# written without the break, against the corpus's rule of the value as written; written as the copy writes them, both
# were proposed so); per report: 宜丰 50.0% (9/18) / 64.3% (9/14), 桂阳 100% / 58.3% (7/12), 株洲县, 石峰区, 六安 and
# 卢氏 100% / 100%; its misses: results after a clause naming a goal met (提前两年实现翻番目标, 提前两年完成“十一五”目标)
# dated the year after as targets (three series, five misses and five wrong proposals), and the county's own revenue as
# 其中地方收入 and exports as 出口创汇 not known (four); its other wrong proposals: growths over a base year carried to
# the clauses after it by （下同） (比2012年（下同）增长47.7%；固定资产投资…增长125.1%…) read as the year's (five).
# blind135 (five work reports: 梅县 2008, 梧州 2011, Hainan 2013, 韶关 2020 and 贺州 2020) scored 85.2% (23/27) / 100%
# (23/23) on its first run, on main at ca672a2, labelled by hand before it; its misses: a growth after a doubling
# clause between the level and it (规模以上工业增加值358亿元，比2009年翻1.2番，同比增长26%: four growths of 梧州 lost,
# the levels found); no wrong proposal.
# blind136 (six reports: the work reports of 武威 2021 and 2022 (its targets for 2023), Gansu 2024, 平凉 2020 and 山南
# 2018, and 万盛区's mid-year plan report of 2010) scored 84.0% (21/25) / 91.3% (21/23) on its first run, on main at d61a50f,
# labelled by hand before it; per report: 武威 2021 0% (0/2) / 0% (0/2), Gansu 2024 0% (0/2) / none proposed, 武威's
# targets, 平凉, 山南 and 万盛区 100% / 100%; its misses: levels of the year before the one reviewed at the end of a span
# (由2016年的423.3亿元增加到2020年的526.4亿元, in a report of December 2021) read as expected, not final (two misses, two
# wrong proposals), and a level and growth after a clause that opens with the year alone, the indicator named in the
# clause before (全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%: both lost).
# blind137 (eight reports: the plan report of 滨湖区 for 2022 and the work reports of 湖里区 2015, 开化 2003, 福州 2013,
# 金华 2006, 南平 2019, 宁德 2012 and Shandong 2015) scored 81.2% (82/101) / 94.3% (82/87) on its first run, on main at
# d61a50f, labelled by hand before it; per report: 宁德 10.0% (1/10) / 16.7% (1/6), 湖里区 61.5% (8/13) / 100%, 滨湖区
# 66.7% (2/3) / 100%, 福州 88.9% (8/9) / 100%, 金华 90.5% (19/21) / 100%, 南平 93.3% (14/15) / 100%, 开化 and Shandong
# 100% / 100%; its misses: clauses of a threshold passed naming a goal between a level and its growth (全市完成地区生产总值
# 1075亿元，跨过千亿目标，增长13%): the growths lost and the figures after read as next year's targets (nine misses, five
# wrong proposals); growths written 比增 (five); the year's target quoted inside a completion ratio (完成年度目标任务
# “增长6.5%”的98.6%); a scope before a name (市区城镇居民人均可支配收入, 城市空气质量优良率: three); a growth with 约 after a
# milestone level (可突破1980亿元，同口径增长约7%).
# blind138 (seven work reports reviewing 2019–2025: 鄂尔多斯 2019, 石家庄 2021 and 2023, 葫芦岛 2023, 秦皇岛 2023, 太原 2022
# and 蓟州区's targets for 2025) scored 100% (42/42) / 100% (42/42) on its first run, on main at d61a50f, labelled by hand
# before it; per report 100% / 100% each; no miss, no wrong proposal.
# blind139 (six reports reviewing 2008–2021: the work reports of 西平县 2022, 青云谱区 2016 and 瑶海区 2021, Hubei's development
# and reform conference of 2008, 泌阳县's economic work conference on 2010 and Hunan's mid-year plan report of 2014) scored
# 74.3% (26/35) / 96.3% (26/27) on its first run, on main at d61a50f, labelled by hand before it; per report: 西平 and Hubei
# 100% / 100%, 瑶海区 77.8% (7/9) / 100%, 青云谱区 71.4% (5/7) / 83.3% (5/6), 泌阳 50.0% (4/8) / 100%, Hunan 0% (0/1) /
# none proposed; its misses: two levels and two growths shared by 分别是 over two subjects (规模以上工业增加值、全社会固定资产
# 投资分别是26亿元和64亿元，同比增长23.5%和21.3%), a footnote mark between a name and its value (一般公共预算收入[1]17.7亿元，
# 同比增长11.31%: both), a number a line break splits (10.2⏎8亿元: read as 10.2, the one wrong proposal), a level after two
# thresholds passed, the second on the next line (跨越70亿、⏎80亿两个台阶，预计达到82.28亿元), and a mid-year report's year
# target after the half year's growth (财政收入增长6.5%，远低于年初增长12%的目标).
# blind140 (seven work reports: 景东 2008, 昌江 2020, 博罗 2016, 紫金 2019, 龙岗 2012 and Shenzhen 2010 and 2012)
# scored 81.4% (48/59) / 85.7% (48/56) on its first run, on main at d61a50f, labelled by hand before it; per report:
# 紫金 0% (0/10) / 0% (0/5), Shenzhen 2010 100% / 70.0% (7/10), Shenzhen 2012 90.9% (10/11) / 100%, 景东, 昌江, 博罗
# and 龙岗 100% / 100%; its misses: a date line broken by the copy's stray marker (第十六届IAh   人民代表大会…上IAh),
# so June's results read as expected (five wrong, their five final labels missed), growths after 比增 (four) and
# 社会消费品零售 without 总额 (one) not read, and 全口径公共财政收入 not known as the total revenue (one); its other
# wrong proposals: growths over 2005 shared by an enumeration (分别为…，增长88%、108%、168%和158%) read as the year's.
# blind141 (six reports: the work reports of Chengdu 2008, Suining 2022 and 北碚区 2023, Guangyuan's first-quarter
# conference of 2012 and the party plenaries of Urumqi 2007 and 商州区 2024) scored 90.7% (39/43) / 92.9% (39/42) on its
# first run, on main at 7f8674f, labelled by hand before it; per report: 广元 55.6% (5/9) / 71.4% (5/7), 乌鲁木齐 100% /
# 88.9% (8/9), Chengdu, Suining, 商州区 and 北碚区 100% / 100%; its misses: a year's results after a paragraph that
# opens with the first quarter's expected figures (初步预计，全市生产总值将达到103.22亿元左右，增长14%以上) — the quarter's
# two read as the year's (both wrong proposals), the year's own GDP level and growth in the next paragraph not proposed —
# and a year's targets after 经济预期增长目标为 (GDP) and 全社会投资 (投资 without 固定资产); its other wrong proposal: a five years'
# level goal (确定2012年地区生产总值达到1800亿元，年均增长15%) read as a target of 2012.
# blind142 (nine work reports reviewing 2011–2017: Zhejiang and Fujian 2016, 莆田 2016, 湖州 2011, 昆山 2013, 开化 2011,
# 闵行区 2012, 崇川区 2015 and 海曙区 2022) scored 96.3% (78/81) / 100% (78/78) on its first run, on main at 7f8674f,
# labelled by hand before it; per report: 莆田 90.9% (20/22) / 100%, 昆山 93.3% (14/15) / 100%, the seven others 100% /
# 100%; its misses: a sector's value added named before its verb by the sector alone (促进第三产业多作贡献，实现增加值666亿元、
# 增长12.2%: both) and the utilized foreign capital written 到账外资 (新增到账外资18亿美元).
# blind143 (two work reports: 东城区 2009 and 新巴尔虎左旗 2017) scored 53.8% (7/13) / 77.8% (7/9) on its first run, on
# main at 7f8674f, labelled by hand before it; per report: 东城区 60.0% (3/5) / 60.0% (3/5), 新巴尔虎左旗 50.0% (4/8) /
# 100% (4/4); its misses: a district's own revenue written 区财政收入 read as the total revenue (two misses, two wrong
# proposals), a revenue's name scrambled by the report (一般财政公共预算收入), and a shared subject 城镇、牧区常住居民…分别
# 达到…元和…元，增长7.9%和8.5%: the rural side named 牧区 and the second growth pair lost (three).
# blind144 (eight reports reviewing 2007–2023: the plan report of 漯河 for 2024 and the work reports of 铜官区 2021, 巢湖
# 2016, Hunan 2008, 阜阳 2022 (its targets), 亳州 2024, 衡阳 2015 and 景德镇 2022) scored 80.8% (59/73) / 86.8% (59/68)
# on its first run, on main at 7f8674f, labelled by hand before it; per report: 铜官区 0% (0/11) / 0% (0/8), Hunan 2008
# 80.0% (4/5) / 100%, 阜阳 83.3% (10/12) / 90.9% (10/11), 漯河, 巢湖, 亳州, 衡阳 and 景德镇 100% / 100%; its misses: a date
# line run together with the speaker and greeting (…第七次会议上区人民政府区长；王保中各位代表：), so the year's results read
# as the next year's targets (eight wrong, their labels missed) and a growth after a quarter's fall (克服了一季度下降8.4%的
# 不利影响，…全年增长3.0%) and 一般财政收入 not read (three); a growth written 年增长 after a level (2007年达到9145亿元，年
# 增长14.4%: one); worded targets shared by short names (粮食产量、能耗、碳排放…完成省下达目标任务: 能耗 and 碳排放 missed, two;
# the grain output's proposed, which the set, as the corpus does, leaves unlabelled: one wrong).
# blind145 (eight reports reviewing 2015–2025: the plan report of 陆河县 for 2024 and the work reports of 陆丰 2021
# and 2022, 蕉岭 2019, 雷州 2015 (delivered November 2016), 保亭 2022, Guangxi's targets for 2022 and 景谷 2025) scored
# 83.6% (46/55) / 90.2% (46/51) on its first run, on main at 7f8674f, labelled by hand before it; per report: 雷州 0%
# (0/5) / 0% (0/5), 蕉岭 0% (0/3) / none proposed, 陆丰 2021 75.0% (3/4) / 100%, 陆河, 陆丰 2022, 保亭, Guangxi and
# 景谷 100% / 100%; its misses: the levels of the year before in a term's review delivered in November of the next
# year (2015年与2010年相比…254.39亿元; 2015年，固定资产投资62.63亿元…) read as expected, not final (five misses, five
# wrong proposals), growths written 比增 in a list of rankings after 分别是 (全县生产总值比增4.1%；规模以上工业增加值比增
# 12.2%: three), and a growth after a clause comparing the level with another place's (实现地区生产总值418.52亿元，赶超
# 江门开平市2020年的经济总量，增长13.9%: one).
# blind146 (seven work reports reviewing 2017–2025: 巴中 2019 (its targets), 内江 2022, Chongqing 2024 (video
# captions), 铜川 2025 (its targets), 西昌 2023 (delivered in April), 通川区 2026 and Gansu 2018) scored 58.3% (21/36) /
# 61.8% (21/34) on its first run, on main at f499161, labelled by hand before it; per report: 巴中 12.5% (1/8) / 12.5%
# (1/8), 西昌 0% (0/5) / 0% (0/5), Chongqing 33.3% (1/3) / 50.0% (1/2), 内江 80.0% (4/5) / 100%, 铜川, 通川区 and Gansu
# 100% / 100%; its misses: targets one a line under a heading line naming the year (2019年全市经济社会发展主要预期目标),
# after the first read as the year before's results (seven misses, seven wrong), results of a report whose date line
# (2023年4月7日, on its own line under a spaced title) puts it in April read as expected, not final (five misses, five
# wrong), a target under a caption heading 2024 新重庆 开新局 written 地区生产总值预期目标增长6%左右 read as the year
# before's (one miss, one wrong), a level written 近1600亿元 and a grain output 稳定在1050万吨以上 (two).
# blind147 (eight work reports reviewing 2016–2024: 龙游 (its targets for 2025), 江山 2024, 玉环 2023, 三门 2023, 临海
# 2016, 松溪 2018 and Qingdao 2021 and 2023) scored 100% (73/73) / 100% (73/73) on its first run, on main at f499161,
# labelled by hand before it; per report 100% / 100%, the rural income broken by a line break inside its number
# (农村居民人均可支配收入1↵2248元) and the worded income target shared by 城乡 included: no miss, no wrong proposal.
# blind148 (six work reports reviewing 2006–2025: Hebei 2023, Beijing's targets for 2025, 乐亭 2006, 闻喜 2020, 陵川
# 2025 and 德惠 2025) scored 64.3% (27/42) / 71.1% (27/38) on its first run, on main at f499161, labelled by hand before
# it; per report: 闻喜 0% (0/8) / 0% (0/8), Beijing 20.0% (1/5) / 25.0% (1/4), 陵川 77.8% (7/9) / 100%, 德惠 80.0% (4/5) /
# 100%, Hebei and 乐亭 100% / 100%; its misses: a date line glued to the speaker (…第一次会议上县长；史玉江各位代表：), so an
# April report's results read as expected, not final (eight misses, eight wrong proposals); targets after a paragraph that
# names their year (详细阐述了北京市2025年…主要预期目标。⏎报告明确指出，北京市将致力于实现…增长5%左右) read as the
# review year's results (three misses, three wrong proposals) and a target after 也将力争增长 not read (one); a worded
# result 持续跑赢经济增速 shared by 城乡居民 (two) and the retail sales written 全口径社零额 (one).
# blind149 (seven reports reviewing 2007–2025: the plan of 郴州 for 2025 and the work reports of 郴州 2007, 开封 2019 and
# 2022 (its targets), 周口 2020, 十堰 2023 and 六安 2018) scored 100% (52/52) / 100% (52/52) on its first run, on main at
# f499161, labelled by hand before it; every report 100% / 100%: no misses.
# blind150 (one report reviewing 2018: a magazine feature on 遵义's 2018 in its work report's words) scored 100% (11/11) /
# 100% (11/11) on its first run, on main at 313de40, labelled by hand before it: no misses.
# blind151 (five reports reviewing 2014–2023: the work reports of 大荔 2014, 渝中区 2022 and 2023 and 成都 2020, and 西藏日报's
# review of 林芝 in 2023) scored 96.7% (29/30) / 100% (29/29) on its first run, on main at 313de40, labelled by hand before
# it; per report: 渝中区 2023 0% (0/1) / no proposal, the others 100% / 100%; its one miss: the year's GDP growth at the end of
# an enumeration of partial years' growths under a noun subject (GDP增速逐季攀升，上半年3.2%、前三季度4.4%、预计全年5%左右).
# blind152 (two accounts reviewing 2010 and 2018: a paper's digest of 潼南区's work report of January 2019 and 天水日报's
# review of 甘谷's eleventh five-year plan) scored 75.0% (12/16) / 100% (12/12) on its first run, on main at 243a8ac,
# labelled by hand before it; per report: 潼南 100% (10/10) / 100%, 甘谷 33.3% (2/6) / 100%; its four misses: the total
# revenue under its Gansu name 大口径财政收入, in the body (大口径财政收入2.52亿元) and in the lead's series of four years
# written before the noun (0.7998亿元、1.46亿元、2.0158亿元、2.5亿元，从2007年到2010年，大口径财政收入增长近四倍).
# blind153 (eight work reports reviewing 2015–2025: 淳安 2016, 松江区's targets for 2017, 沂南 2021, 昌乐 2023, 石狮 and
# 洛江区 (December 2023), 漳州 2025 and 奉贤区 2026) scored 91.1% (51/56) / 94.4% (51/54) on its first run, on main at 243a8ac,
# labelled by hand before it; per report: 淳安 75.0% (9/12) / 100%, 松江区 75.0% (3/4) / 100%, 沂南 80.0% (4/5) / 57.1% (4/7),
# the others 100% / 100%; its misses: a revenue pair whose 其中 a line break splits (财政总收入25.1亿元，其↵中地方财政收入17.1亿元，
# 分别增长9.1%、↵8.7%: three), an energy target written 单位增加值能耗下降3% (one) and a count of high-tech firms at the end of
# a span (高新技术企业由14家发展到36家: one); its wrong proposals: growths over the start of a five years' review read as the
# year's (城乡居民人均可支配收入达到38504元、15326元，分别增长38.4%、49%; 万元GDP能耗下降31.3%: three).
# blind155 (eight reports reviewing 2016–2025: the plan of 池州 for 2025 and the work reports of 大冶 2016 and 2022, 枣阳
# 2019, 株洲 2019, 濮阳 2024, 抚州 2023 and 池州's targets for 2025) scored 95.2% (80/84) / 98.8% (80/81) on its first run,
# on main at 243a8ac, labelled by hand before it; one label was then set as its text writes it (株洲's 万元 GDP 能耗下降 5%:
# 下降 5, written 下降5 by slip), which made it 96.4% (81/84) / 100% (81/81); per report: 大冶 2022 86.7% (13/15) / 100%,
# 株洲 85.7% (6/7) / 100%, the others 100% / 100%; its misses: a comparable growth after the natural one (同比下降2.3%，
# 可比增长9.5%; 同比增长1.1%，可比增长11.2%) (two) and a growth written 增 and a space, the punctuation before it lost
# (居全省第一地方一般公共预算收入增 6.1%在全省第二) (one).
# blind156 (five reports reviewing 2005–2019 in Guangdong: 珠海's chapter on 2008 in the provincial commission's collection,
# the plan report of the 汕尾 district 城区 on 2019 and the work reports of 江门 2009, 汕头 2016 and 东莞 2006) scored 84.6%
# (44/52) / 88.0% (44/50) on its first run, on main at 243a8ac, labelled by hand before it; per report: 东莞 2006 0% (0/6) /
# 0% (0/6), its six results proposed expected, not final: the date line written with five hyphens (----- 2006年4月12日在…)
# not read as its delivery in April; 城区 2019 88.9% (16/18) / 100%, the GDP and its growth missed where a bracket stands
# between the number and its unit (全年实现地区生产总值277.74（含市直）亿元，增长8.0%); the others 100% / 100%.
# blind165 (eight district reports reviewing 2007–2024: the work reports of 西湖区 2011, 上城区 2018 and 拱墅区 2018 of Hangzhou,
# 鼓楼区 2015 of Nanjing, 锦江区 2018 of Chengdu, 思明区 2024 of Xiamen and 南岸区 2024 of Chongqing, and 青羊区's party plenary of
# January 2008) scored 77.3% (68/88) / 100% (68/68) on its first run, on main at d93a6ab, labelled by hand before it; per
# report: 拱墅区 0% (0/10) / no proposal, its date line's 年 and 月 lost (2019116日在拱墅区第七届人民代表大会…); 锦江区 80.0%
# (8/10), the GDP named 经济总量 (经济总量突破千亿大关，达到1034.77亿元，增长7.2%); 南岸区 73.3% (11/15), four levels in
# brackets after their growths (增长5.9%（达到1133.16亿元）); 青羊区 42.9% (3/7), the investment and retail sales whose noun
# and number the yearbook's other column splits (固定资产⏎…⏎投资完成195亿元); the others 100% / 100%.
# blind168 (eight reports reviewing 2013–2015: Changsha's plan targets for 2014 and the work reports of 新郑 2014, Zhengzhou
# 2014 and 2015, Wuhan 2015, Chaozhou 2015, the district 汉南区 2015 and Hainan 2016) scored 90.4% (66/73) / 98.5% (66/67) on
# its first run, on main at 685ffb2, labelled by hand before it; per report: 长沙 57.1% (8/14) / 100%, its CPI target as an
# index (居民消费价格指数控制在103.5左右), its population-growth target with the per-mille sign rendered %。 (7.5%。以内) and four
# pollutant targets worded together (化学需氧量、二氧化硫、氨氮、氮氧化物等减排指标完成省下达任务) missed; 郑州 2015 87.5% (7/8) /
# 87.5% (7/8), a worded income target for both sides (城乡居民收入与经济同步增长) proposed for rural disposable income where
# the labels, after the copy's 农民人均纯收入 of 2014, say net income (one miss, one wrong); the others 100% / 100%.
# blind169 (four city reports reviewing 2016–2018: the work reports of 成都 2017, 商洛 2017 and 乐山 2018 and 嘉峪关's press
# conference of August 2019) scored 84.6% (22/26) / 84.6% (22/26) on its first run, on main at 685ffb2, labelled by hand
# before it; per report: 嘉峪关 0% (0/4) / 0% (0/4), its four results of 2018 proposed expected, not final: the copy dates
# the conference only 8月28日, with no year, and it was not read as a delivery in August of the next year; the others 100% / 100%.
# blind170 (five work reports reviewing 2017 and 2018 in Hubei, Shandong and Anhui: 郧阳区, 宜都 and 包河区 on 2017, 丹江口 on
# 2018 and the new area 西海岸新区 on 2017) scored 91.5% (43/47) / 100% (43/43) on its first run, on main at 685ffb2, labelled
# by hand before it; per report: 郧阳区 85.7% (12/14), the investment named 城镇以上固定资产投资 (城镇以上固定资产投资202亿元，
# 增长21%); 西海岸新区 80.0% (8/10), the revenue written without its noun 收入 (一般公共预算243.7亿元，增长9.4%); the others
# 100% / 100%.
# blind173 (eight reports reviewing 2017–2019 in Hunan, Henan and Guangdong: the work reports of 永州 2020, 岳阳 2019, 衡阳
# 2020, Hunan 2019 and 新县 2019, 汕头's plan report on 2018, 越秀区's mid-year plan report on 2018 and an interview on 常德's
# figures of 2017) scored 59.3% (32/54) / 68.1% (32/47) on its first run, on main at d150dc4, labelled by hand before it; per
# report: 常德 0% (0/12) / 0% (0/12), its twelve results of 2017, given in June 2018 on a page with no date line, proposed
# expected, not final; 越秀区 0% (0/4), the year's targets in the table's column 全年预期增速, one cell a line (GDP⏎⏎增长6%左右;
# 常住人口自然增长率⏎⏎7‰以内), none proposed; 衡阳 0% (0/4) / 0% (0/2), a preview that lost words and punctuation (区生产总值预计增
# 8%上, proposed as 8; 规模工业增⏎值、固定资产投资分别增长 9%12%, the 9 proposed for the investment; 一般公共预算收入完⏎270.06 亿元
# missed); 汕头 71.4% (5/7), the year's target restated in the review (实现年初预期，控制在3.0%以内) and the year before's CPI
# (涨幅略高于上年的1.5%) missed; Hunan 2019 85.7% (6/7) precision, a project total (五个100累计完成投资1300亿元以上) proposed as
# the fixed-asset investment; the others 100% / 100%.
# blind175 (five reports reviewing 2009–2015: the plan report of 罗庄区 on 2009 and the economic work conferences of 信阳
# for 2010, 常德 on 2015, 岳麓区 on 2014 and 吉首 for 2015) scored 84.3% (43/51) / 100% (43/43) on its first run, on main at
# d150dc4, labelled by hand before it; per report: 罗庄区 84.2% (16/19), the grain output named 总产 after 粮食生产再获丰收
# (总产8.16万吨) and the industry's value added named 增加值 after the count of its firms (全区规模工业达到300家，完成增加值145亿元，
# 增长14.5%); 信阳 85.7% (6/7), the revenue target first in a list after 还确定了 (地方财政一般预算收入增长10%、…); 吉首 55.6%
# (5/9), the revenue written 财税收入 (财税收入增长15%以上) and a worded quota of three indicators in one list
# (城镇登记失业率、万元生产总值能耗、…、人口自然增长率等指标严格控制在省、州确定的范围内); the others 100% / 100%.
# blind178 (five work reports of districts and counties reviewing 2010–2022 in Guangdong and Fujian: 龙岗区 2011, 黄埔区
# 2012, 榕城区 2014, 集美区 of December 2016 and 诏安 of December 2022) scored 100% (61/61) / 96.8% (61/63) on its first run,
# on main at f8509d9, labelled by hand before it; per report: 龙岗区 100% (12/12) / 85.7% (12/14), two cuts over the five
# years since 2005 proposed as 2010's (二氧化硫排放量和化学需氧量分别下降15.3%和35.5%, after the water and power use of 2005
# and 2010); the others 100% / 100%.
# Since round twenty-six the labels count worded values too (与经济增长基本同步, 完成省下达目标, 实现
# 正增长), as the seeds' labels do: 146 labels written by hand across the corpus after the sets' first
# runs, which lowered the recall floors of the sets whose worded values are still missed. (Two in round
# fifty-two: 大连 2023's incomes 与经济增长基本保持一致, which 大连 2024's labels give; two in round
# fifty-three: 宿州 2021's targets of 2020 worded as a margin over the province (增长高于全省0.5个百分点),
# labelled beside the same column's other worded targets once the target language reads a margin.)
FLOORS = {
    "dev": (1.00, 1.00),
    "heldout": (1.00, 1.00),
    "blind": (1.00, 0.99),
    "blind2": (1.00, 1.00),
    "blind3": (1.00, 1.00),
    "blind4": (1.00, 1.00),
    "blind5": (0.98, 1.00),
    "blind6": (1.00, 1.00),
    "blind7": (1.00, 1.00),
    "blind8": (1.00, 1.00),
    "blind9": (1.00, 1.00),
    "blind10": (1.00, 1.00),
    "blind11": (0.97, 1.00),
    "blind12": (0.95, 1.00),
    "blind13": (0.98, 1.00),
    "blind14": (1.00, 1.00),
    "blind15": (1.00, 1.00),
    "blind16": (1.00, 0.98),
    "blind17": (1.00, 1.00),
    "blind18": (1.00, 1.00),
    "blind19": (1.00, 1.00),
    "blind20": (0.98, 1.00),
    # 0.98 before round thirty: yanqing-2023-gwr's 区级 revenue (24.3, with 地方级 43.1 in the same
    # sentence) was found only because 同口径 flagged every figure after it in the sentence; the flag
    # now qualifies its own figure, and the two revenues share one series (a class left open)
    "blind21": (0.97, 1.00),
    "blind22": (0.97, 1.00),
    "blind23": (1.00, 1.00),
    "blind24": (1.00, 1.00),
    "blind25": (1.00, 1.00),
    "blind26": (0.98, 1.00),
    "blind27": (1.00, 1.00),
    "blind28": (1.00, 1.00),
    "blind29": (0.96, 1.00),
    "blind30": (1.00, 1.00),
    "blind31": (1.00, 0.98),
    "blind32": (1.00, 1.00),
    "blind33": (0.98, 1.00),
    "blind34": (0.96, 1.00),
    "blind35": (1.00, 1.00),
    "blind36": (1.00, 1.00),
    "blind37": (1.00, 1.00),
    "blind38": (1.00, 1.00),
    "blind39": (0.95, 0.97),
    "blind40": (1.00, 1.00),
    "blind41": (0.96, 1.00),
    "blind42": (1.00, 1.00),
    "blind43": (0.88, 0.88),
    "blind44": (0.98, 1.00),
    # an annex row named as a share of GDP (研究与试验发展经费支出占地区生产总值比重) is now read
    # as the intensity; in blind45 its kind is expected where the labels say final, a kind from
    # a date the copy lacks, as for the rest of that set
    "blind45": (0.79, 0.83),
    "blind46": (0.97, 1.00),
    "blind47": (1.00, 1.00),
    "blind48": (1.00, 1.00),
    "blind49": (0.97, 1.00),
    "blind50": (0.85, 0.83),
    "blind51": (1.00, 1.00),
    "blind52": (1.00, 1.00),
    "blind53": (0.97, 0.95),
    "blind54": (1.00, 1.00),
    "blind55": (1.00, 1.00),
    "blind56": (1.00, 1.00),
    "blind57": (0.98, 1.00),
    "blind58": (1.00, 0.98),
    "blind59": (1.00, 1.00),
    "blind60": (1.00, 1.00),
    "blind61": (0.88, 0.85),
    "blind62": (1.00, 1.00),
    "blind63": (1.00, 1.00),
    "blind64": (0.82, 0.80),
    "blind65": (0.98, 1.00),
    "blind66": (1.00, 0.98),
    # first run 85.3% / 89.2%; 92.8% / 100% once one review year and one left-out label were set right (above)
    "blind67": (1.00, 0.97),
    "blind68": (0.97, 0.97),
    "blind69": (0.85, 0.87),
    "blind70": (0.86, 0.89),
    "blind71": (0.98, 1.00),
    "blind72": (0.84, 0.96),
    # 0.97 before round thirty-three: 外资到位额 is now the foreign capital used, and heping-2022-plan's
    # 内、外资到位额69亿元、2151万美元 gives the domestic capital's 69 亿元 to it
    "blind73": (0.97, 0.95),
    "blind74": (1.00, 1.00),
    "blind75": (0.92, 0.92),
    "blind76": (0.95, 1.00),
    "blind77": (0.98, 0.98),
    # 0.97 before round thirty-two: xicheng-2021-gwr's 地方级收入 (925.34, beside the labelled 区级
    # 413.84 of the same series) now has its growth in words read too (实现正增长)
    "blind78": (0.97, 0.95),
    "blind79": (0.94, 0.94),
    "blind80": (0.97, 1.00),
    "blind81": (1.00, 1.00),
    "blind82": (0.97, 0.97),
    "blind83": (1.00, 1.00),
    "blind84": (0.98, 1.00),
    "blind85": (1.00, 1.00),
    "blind86": (1.00, 1.00),
    "blind87": (1.00, 1.00),
    "blind88": (1.00, 1.00),
    # 0.91 before round thirty-two: nanchang-2020-plan (given in May, its copy undated) has its
    # growths on the province's basis and after a change of a named year read, as expected
    "blind89": (0.85, 0.86),
    "blind90": (0.83, 0.83),
    "blind91": (1.00, 1.00),
    "blind92": (1.00, 1.00),
    "blind93": (1.00, 1.00),
    "blind94": (1.00, 1.00),
    "blind95": (1.00, 1.00),
    "blind96": (1.00, 1.00),
    "blind97": (0.98, 1.00),
    "blind98": (0.97, 1.00),
    "blind99": (0.94, 0.97),
    "blind100": (0.98, 0.98),
    "blind101": (1.00, 1.00),
    "blind102": (1.00, 1.00),
    "blind103": (0.97, 0.97),
    "blind104": (1.00, 1.00),
    "blind105": (0.97, 0.97),
    "blind106": (0.97, 1.00),
    "blind107": (1.00, 1.00),
    "blind108": (1.00, 0.97),
    "blind109": (0.98, 0.98),
    "blind110": (0.97, 1.00),
    "blind111": (0.87, 0.87),
    "blind112": (1.00, 1.00),
    "blind113": (0.98, 1.00),
    "blind114": (0.97, 0.98),
    "blind115": (1.00, 1.00),
    "blind116": (0.98, 0.98),
    "blind117": (0.81, 0.81),
    "blind118": (0.98, 1.00),
    "blind119": (0.98, 0.97),
    "blind120": (0.96, 1.00),
    "blind121": (0.97, 1.00),
    "blind122": (0.92, 0.98),
    "blind123": (1.00, 1.00),
    "blind124": (0.94, 1.00),
    "blind125": (0.94, 1.00),
    "blind126": (1.00, 1.00),
    "blind127": (0.58, 1.00),
    "blind128": (1.00, 1.00),
    "blind129": (1.00, 1.00),
    "blind130": (1.00, 1.00),
    "blind131": (0.95, 1.00),
    "blind132": (1.00, 1.00),
    "blind133": (0.97, 1.00),
    "blind134": (1.00, 1.00),
    "blind135": (1.00, 1.00),
    "blind136": (1.00, 1.00),
    "blind137": (0.98, 1.00),
    "blind138": (1.00, 1.00),
    "blind139": (0.97, 1.00),
    # zijin-2020-gwr's date line is broken by its mirror's marker (第十六届IAh 人民代表大会), so its
    # June results read as expected: each more of its figures found counts wrong (社会消费品零售)
    "blind140": (0.83, 0.79),
    "blind141": (0.93, 0.93),
    "blind142": (1.00, 1.00),
    "blind143": (0.84, 0.84),
    "blind144": (0.95, 0.98),
    "blind145": (1.00, 1.00),
    "blind146": (0.97, 1.00),
    "blind147": (1.00, 1.00),
    "blind148": (0.92, 0.92),
    "blind149": (1.00, 1.00),
    "blind150": (1.00, 1.00),
    "blind151": (1.00, 1.00),
    "blind152": (0.81, 1.00),
    "blind153": (1.00, 1.00),
    "blind154": (1.00, 1.00),
    "blind155": (0.98, 1.00),
    "blind156": (1.00, 1.00),
    "blind157": (1.00, 1.00),
    "blind158": (0.90, 1.00),
    "blind159": (0.98, 1.00),
    "blind160": (0.00, 0.00),
    "blind161": (0.94, 0.96),
    "blind162": (0.98, 1.00),
    "blind163": (1.00, 1.00),
    "blind164": (0.98, 1.00),
    "blind165": (0.95, 1.00),
    "blind166": (0.98, 1.00),
    # first run 94.7% / 97.3%; 97.3% / 100% once two declines labelled -6.0 and -6.1
    # were written as the corpus writes them (下降6.0, 下降6.1)
    "blind167": (1.00, 1.00),
    "blind168": (0.97, 0.98),
    "blind169": (1.00, 1.00),
    "blind170": (0.95, 1.00),
    # dalian-2020-gwr (given in May, its date line over two lines with the speaker run in) read as expected,
    # gaocheng-2018-gwr (no date line; its page posted in May) read as final: twenty kinds apart
    "blind171": (0.75, 0.78),
    "blind172": (0.98, 1.00),
    "blind173": (0.59, 0.69),
    "blind174": (1.00, 1.00),
    "blind175": (0.94, 1.00),
    "blind176": (0.93, 1.00),
    "blind177": (1.00, 1.00),
    "blind178": (1.00, 0.96),
    "blind179": (1.00, 0.90),
    "blind180": (1.00, 0.96),
    "blind181": (1.00, 1.00),
    "blind182": (1.00, 1.00),
    # first run 100% / 97.2%: ezhou-2018-gwr's 服务业税收占比…达到53% (a share of tax revenue) read as the
    # tertiary sector's growth, until a name going on to another measure of its own was passed over
    "blind183": (1.00, 1.00),
    "blind184": (0.94, 0.97),
    "blind185": (1.00, 1.00),
    # first run 70.7% / 91.1%; 72.4% / 93.3% once taizhouzj-2010-gwr's paired SO2 fall, labelled 下降1%以上,
    # was written as the corpus writes the second of a 分别下降 pair (1%以上, as liaoning-2010-gwr's 3.5%以上)
    "blind186": (0.79, 0.95),
    # first run 62.0% (57/92) / 67.9% (57/84): two labels of a 分别 pair written with the verb the text puts
    # only before the first value (下降2.5, 削减4.07) failed the cites check and were written as the text gives
    # them (2.5, 4.07), as cixi-2010-gwr writes its 3.13
    "blind187": (1.00, 1.00),
    "blind188": (1.00, 1.00),
    "blind189": (1.00, 1.00),
    "blind190": (1.00, 1.00),
    "blind191": (1.00, 1.00),
    "blind192": (0.96, 0.98),
    "blind193": (1.00, 1.00),
    "blind194": (1.00, 1.00),
    "blind195": (1.00, 1.00),
    "blind196": (1.00, 1.00),
    "blind197": (1.00, 1.00),
    "blind198": (1.00, 1.00),
    "blind199": (0.96, 1.00),
    "blind200": (1.00, 1.00),
    "blind201": (1.00, 1.00),
    "blind202": (1.00, 1.00),
    "blind203": (1.00, 1.00),
    "blind204": (0.98, 1.00),
    "blind205": (1.00, 0.91),
    "blind206": (0.98, 1.00),
    "blind207": (0.94, 1.00),
    "blind209": (1.00, 1.00),
    "blind210": (1.00, 1.00),
    "blind211": (0.58, 0.58),
    "blind212": (1.00, 1.00),
    "blind213": (1.00, 1.00),
    "blind214": (0.93, 1.00),
    "blind215": (0.90, 1.00),
    "blind216": (1.00, 1.00),
    "blind217": (1.00, 1.00),
    "blind218": (1.00, 1.00),
    "blind219": (1.00, 1.00),
    "blind220": (0.90, 1.00),
    "blind221": (1.00, 1.00),
    "blind222": (1.00, 1.00),
    "blind223": (0.80, 1.00),
    "blind224": (1.00, 1.00),
    "blind225": (0.96, 1.00),
    "blind226": (0.78, 1.00),
    "blind227": (1.00, 1.00),
    "blind228": (1.00, 1.00),
    "blind229": (1.00, 1.00),
    "blind230": (1.00, 1.00),
    "blind231": (1.00, 1.00),
    "blind233": (0.96, 0.98),
    "blind234": (1.00, 1.00),
    "blind235": (1.00, 1.00),
    "blind236": (1.00, 0.92),
    "blind237": (0.66, 1.00),
    "blind238": (1.00, 1.00),
    "blind239": (0.91, 0.97),
    "blind240": (1.00, 0.95),
    # (binjiang-2025-plan's table row named GDP read since round 65: its target right, its result
    # one more whose kind, final, only the page's date outside the text decides)
    "blind241": (0.71, 0.77),
    "blind243": (1.00, 1.00),
    "blind244": (1.00, 1.00),
    "blind245": (0.95, 1.00),
    "blind246": (0.77, 0.77),
    "blind247": (1.00, 1.00),
    "blind248": (1.00, 1.00),
    "blind249": (1.00, 1.00),
    "blind250": (1.00, 1.00),
    "blind251": (0.97, 1.00),
    "blind252": (1.00, 1.00),
    "blind253": (0.90, 1.00),
    "blind254": (1.00, 1.00),
    "blind255": (0.90, 1.00),
    "blind256": (1.00, 1.00),
    "blind257": (1.00, 1.00),
    "blind258": (1.00, 1.00),
    "blind259": (1.00, 1.00),
    "blind260": (1.00, 1.00),
    "blind261": (1.00, 1.00),
    "blind262": (1.00, 1.00),
    "blind263": (0.97, 1.00),
    "blind264": (1.00, 0.80),
    "blind266": (1.00, 1.00),
    "blind267": (1.00, 1.00),
    "blind268": (1.00, 1.00),
    "blind269": (1.00, 0.86),
    "blind270": (1.00, 1.00),
    "blind271": (1.00, 1.00),
    "blind272": (1.00, 1.00),
    "blind273": (0.94, 1.00),
    "blind274": (1.00, 1.00),
    "blind275": (0.89, 0.97),
    "blind276": (1.00, 1.00),
    "blind277": (1.00, 1.00),
    "blind278": (1.00, 1.00),
    "blind279": (1.00, 0.95),
    "blind280": (1.00, 1.00),
    "blind281": (1.00, 1.00),
    "blind282": (1.00, 1.00),
    "blind283": (1.00, 1.00),
    "blind284": (1.00, 1.00),
    "blind285": (1.00, 1.00),
    "blind286": (1.00, 0.95),
    "blind287": (1.00, 1.00),
    "blind288": (0.00, 1.00),
    "blind289": (0.95, 0.98),
    "blind291": (0.96, 0.96),
    "blind292": (1.00, 1.00),
    "blind293": (0.85, 0.85),
    "blind294": (1.00, 1.00),
    "blind295": (1.00, 1.00),
    "blind296": (1.00, 1.00),
    "blind298": (1.00, 1.00),
    "blind299": (1.00, 1.00),
    "blind300": (0.94, 0.96),
    "blind301": (1.00, 1.00),
    "blind302": (0.96, 1.00),
    "blind304": (1.00, 1.00),
    "blind305": (1.00, 1.00),
    "blind307": (1.00, 1.00),
    "blind308": (0.80, 1.00),
    "blind309": (0.68, 1.00),
    "blind310": (1.00, 1.00),
    "blind311": (1.00, 1.00),
    "blind312": (1.00, 1.00),
    "blind313": (0.94, 0.94),
    "blind314": (0.91, 1.00),
    "blind315": (1.00, 1.00),
    "blind316": (1.00, 1.00),
    "blind318": (1.00, 1.00),
    "blind319": (1.00, 1.00),
    "blind320": (1.00, 1.00),
    "blind322": (0.97, 1.00),
    "blind323": (1.00, 1.00),
    "blind324": (0.50, 0.50),
    "blind325": (1.00, 1.00),
    "blind326": (1.00, 1.00),
    "blind327": (1.00, 1.00),
    "blind328": (1.00, 1.00),
    "blind329": (1.00, 0.87),
    "blind330": (0.94, 1.00),
    "blind331": (1.00, 1.00),
    "blind332": (1.00, 1.00),
    "blind333": (1.00, 1.00),
    "blind334": (0.66, 0.50),
    "blind335": (1.00, 1.00),
    "blind337": (0.96, 1.00),
    "blind338": (1.00, 0.91),
    "blind340": (1.00, 1.00),
    "blind341": (1.00, 1.00),
    "blind342": (0.96, 1.00),
    "blind344": (1.00, 1.00),
    "blind346": (1.00, 1.00),
    "blind347": (1.00, 1.00),
    "blind348": (1.00, 1.00),
    "blind349": (0.94, 0.89),
    "blind350": (1.00, 1.00),
    "blind351": (0.93, 0.96),
    "blind352": (0.85, 0.85),
    "blind354": (1.00, 1.00),
    "blind355": (0.98, 1.00),
    "blind356": (1.00, 1.00),
    "blind357": (0.90, 1.00),
    "blind358": (0.96, 1.00),
    "blind359": (0.92, 1.00),
    "blind360": (0.80, 1.00),
    "blind361": (0.50, 1.00),
    "blind362": (0.80, 0.82),
    "blind363": (0.93, 1.00),
    "blind364": (1.00, 0.98),
    "blind365": (0.92, 0.92),
    "blind366": (1.00, 1.00),
    "blind367": (1.00, 1.00),
    "blind368": (1.00, 1.00),
    "blind369": (1.00, 1.00),
    "blind370": (1.00, 0.96),
    "blind371": (0.98, 1.00),
    "blind372": (1.00, 1.00),
    "blind373": (1.00, 1.00),
    "blind375": (1.00, 1.00),
    "blind376": (1.00, 1.00),
    "blind378": (1.00, 1.00),
    "blind379": (0.95, 1.00),
    "blind380": (1.00, 0.66),
    "blind381": (1.00, 1.00),
    "blind382": (1.00, 1.00),
    "blind383": (0.96, 0.94),
    "blind384": (1.00, 1.00),
    "blind385": (1.00, 1.00),
    "blind386": (1.00, 1.00),
    "blind387": (0.98, 1.00),
    "blind388": (1.00, 1.00),
    "blind389": (1.00, 1.00),
    "blind390": (1.00, 1.00),
    "blind391": (1.00, 1.00),
    "blind392": (0.94, 1.00),
    "blind393": (1.00, 1.00),
    "blind394": (1.00, 1.00),
    "blind395": (0.86, 0.96),
    "blind396": (1.00, 1.00),
    "blind397": (0.87, 0.90),
    "blind398": (1.00, 0.50),
    "blind399": (1.00, 1.00),
    "blind400": (1.00, 1.00),
    "blind401": (1.00, 1.00),
    "blind402": (0.97, 1.00),
    "blind403": (1.00, 1.00),
    "blind404": (1.00, 1.00),
    "blind405": (1.00, 1.00),
    "blind406": (0.92, 1.00),
    "blind407": (1.00, 1.00),
    "blind408": (1.00, 1.00),
    "blind409": (1.00, 1.00),
    "blind410": (1.00, 0.50),
    "blind413": (1.00, 1.00),
    "blind414": (1.00, 1.00),
    "blind415": (0.89, 0.89),
    "blind417": (1.00, 1.00),
    "blind418": (1.00, 1.00),
    "blind419": (1.00, 1.00),
    "blind420": (1.00, 1.00),
    "blind421": (1.00, 1.00),
    "blind422": (0.80, 1.00),
}


@pytest.mark.parametrize("name", list(FLOORS))
def test_extraction_recovers_the_hand_labels_of_each_half_of_the_corpus(name):
    quality = set_quality(name)
    print(f"\n{name}: {quality}")
    for miss in quality.missed:
        print("  missed", miss)
    for wrong in quality.wrong:
        print("  wrong ", wrong.key, wrong.quote)
    recall, precision = FLOORS[name]
    assert quality.recall >= recall, quality.missed
    assert quality.precision >= precision, [c.key for c in quality.wrong]
