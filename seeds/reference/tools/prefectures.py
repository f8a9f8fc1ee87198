"""One-off generator of the prefecture-level rows of regions.csv and region_aliases.csv.

Chinese names and provinces come from the adcode list shipped with the `cpca` package (resources/adcodes.csv),
tone-marked pinyin from `pypinyin` (both installed in a scratch venv, not project dependencies); English names,
exonyms and the fixes to pypinyin's readings are the table below, checked by hand. Prints the rows that
regions.csv and region_aliases.csv lack:

    python seeds/reference/tools/prefectures.py /path/to/cpca/resources/adcodes.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

PROVINCES = {
    "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia", "21": "Liaoning", "22": "Jilin", "23": "Heilongjiang",
    "32": "Jiangsu", "33": "Zhejiang", "34": "Anhui", "35": "Fujian", "36": "Jiangxi", "37": "Shandong",
    "41": "Henan", "42": "Hubei", "43": "Hunan", "44": "Guangdong", "45": "Guangxi", "46": "Hainan",
    "51": "Sichuan", "52": "Guizhou", "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu",
    "63": "Qinghai", "64": "Ningxia", "65": "Xinjiang",
}  # fmt: skip

# Divisions of the adcode list that no longer exist (Laiwu merged into Jinan in 2019).
ABOLISHED = {"莱芜市"}
# Already in regions.csv under the name of its seat (Changji); its full names are alias rows. Left out:
# names one letter from a frequent word, which the gazetteer's one-typo matching of capitalised words would
# read as the place: Baise (百色, French "Baisse"), Siping (四平, "Spring Festival").
KNOWN = {"昌吉回族自治州", "百色市", "四平市"}
RENAMED = {"那曲地区": "那曲市"}  # Nagqu became a prefecture-level city in 2017

# Full Chinese name -> (English name, French name or "", pinyin or "" for pypinyin's, "-" for none,
# extra English aliases separated by "|"). An autonomous prefecture or a league also gets its full English
# name as an alias. A name shared with another region keeps "(Province)" and has no pinyin (it would fold to
# the bare name).
NAMES: dict[str, tuple[str, str, str, str]] = {
    "邢台市": ("Xingtai", "", "", ""), "承德市": ("Chengde", "", "", ""), "衡水市": ("Hengshui", "", "", ""),
    "阳泉市": ("Yangquan", "", "", ""), "晋城市": ("Jincheng", "", "", ""), "朔州市": ("Shuozhou", "", "", ""),
    "晋中市": ("Jinzhong", "", "", ""), "运城市": ("Yuncheng", "", "", ""),
    "忻州市": ("Xinzhou (Shanxi)", "", "-", ""), "临汾市": ("Linfen", "", "", ""),
    "吕梁市": ("Lüliang", "", "", "Lvliang"),
    "乌海市": ("Wuhai", "", "", ""), "赤峰市": ("Chifeng", "", "", ""), "通辽市": ("Tongliao", "", "", ""),
    "呼伦贝尔市": ("Hulunbuir", "", "Hūlúnbèi'ěr", "Hulun Buir"), "巴彦淖尔市": ("Bayannur", "", "Bāyànnào'ěr", ""),
    "乌兰察布市": ("Ulanqab", "", "", ""),
    "兴安盟": ("Hinggan", "", "Xīng'ān", "Hinggan League|Xing'an League"),
    "锡林郭勒盟": ("Xilingol", "", "Xīlínguōlè", "Xilingol League|Xilin Gol League"),
    "阿拉善盟": ("Alxa", "", "Ālāshàn", "Alxa League|Alashan League"),
    "抚顺市": ("Fushun", "", "", ""), "本溪市": ("Benxi", "", "", ""), "丹东市": ("Dandong", "", "", ""),
    "锦州市": ("Jinzhou", "", "", ""), "营口市": ("Yingkou", "", "", ""), "阜新市": ("Fuxin", "", "", ""),
    "辽阳市": ("Liaoyang", "", "", ""), "盘锦市": ("Panjin", "", "", ""), "铁岭市": ("Tieling", "", "", ""),
    "朝阳市": ("Chaoyang (Liaoning)", "", "-", ""), "葫芦岛市": ("Huludao", "", "", ""),
    "吉林市": ("Jilin City", "ville de Jilin", "-", ""),
    "辽源市": ("Liaoyuan", "", "", ""), "通化市": ("Tonghua", "", "", ""), "白山市": ("Baishan", "", "", ""),
    "松原市": ("Songyuan", "", "", ""), "白城市": ("Baicheng", "", "", ""),
    "延边朝鲜族自治州": ("Yanbian", "", "", "Yanbian Korean Autonomous Prefecture"),
    "齐齐哈尔市": ("Qiqihar", "", "Qíqíhā'ěr", ""), "鸡西市": ("Jixi", "", "", ""), "鹤岗市": ("Hegang", "", "", ""),
    "双鸭山市": ("Shuangyashan", "", "", ""), "伊春市": ("Yichun (Heilongjiang)", "", "-", ""),
    "佳木斯市": ("Jiamusi", "", "", ""), "七台河市": ("Qitaihe", "", "", ""), "牡丹江市": ("Mudanjiang", "", "", ""),
    "黑河市": ("Heihe", "", "", ""), "绥化市": ("Suihua", "", "", ""),
    "大兴安岭地区": ("Daxing'anling", "", "Dàxīng'ānlǐng", "Da Hinggan Ling Prefecture|Daxing'anling Prefecture"),
    "淮南市": ("Huainan", "", "", ""), "淮北市": ("Huaibei", "", "", ""), "铜陵市": ("Tongling", "", "", ""),
    "黄山市": ("Huangshan", "", "", ""), "宿州市": ("Suzhou (Anhui)", "", "-", ""),
    "六安市": ("Lu'an", "", "Lù'ān", ""), "亳州市": ("Bozhou", "", "", ""), "池州市": ("Chizhou", "", "", ""),
    "三明市": ("Sanming", "", "", ""), "南平市": ("Nanping", "", "", ""),
    "萍乡市": ("Pingxiang", "", "", ""), "新余市": ("Xinyu", "", "", ""), "鹰潭市": ("Yingtan", "", "", ""),
    "吉安市": ("Ji'an", "", "Jí'ān", ""), "宜春市": ("Yichun (Jiangxi)", "", "-", ""),
    "抚州市": ("Fuzhou (Jiangxi)", "", "-", ""),
    "枣庄市": ("Zaozhuang", "", "", ""), "德州市": ("Dezhou", "", "", ""), "聊城市": ("Liaocheng", "", "", ""),
    "滨州市": ("Binzhou", "", "", ""),
    "平顶山市": ("Pingdingshan", "", "", ""), "安阳市": ("Anyang", "", "", ""), "鹤壁市": ("Hebi", "", "", ""),
    "焦作市": ("Jiaozuo", "", "", ""), "濮阳市": ("Puyang", "", "", ""), "漯河市": ("Luohe", "", "Luòhé", ""),
    "三门峡市": ("Sanmenxia", "", "", ""), "商丘市": ("Shangqiu", "", "", ""), "信阳市": ("Xinyang", "", "", ""),
    "周口市": ("Zhoukou", "", "", ""), "驻马店市": ("Zhumadian", "", "", ""),
    "黄石市": ("Huangshi", "", "", ""), "鄂州市": ("Ezhou", "", "", ""), "荆门市": ("Jingmen", "", "", ""),
    "孝感市": ("Xiaogan", "", "", ""), "黄冈市": ("Huanggang", "", "", ""), "咸宁市": ("Xianning", "", "", ""),
    "随州市": ("Suizhou", "", "", ""),
    "恩施土家族苗族自治州": ("Enshi", "", "", "Enshi Tujia and Miao Autonomous Prefecture"),
    "邵阳市": ("Shaoyang", "", "", ""), "张家界市": ("Zhangjiajie", "", "", ""), "益阳市": ("Yiyang", "", "", ""),
    "郴州市": ("Chenzhou", "", "", ""), "永州市": ("Yongzhou", "", "", ""), "怀化市": ("Huaihua", "", "", ""),
    "娄底市": ("Loudi", "", "", ""),
    "湘西土家族苗族自治州": ("Xiangxi", "", "", "Xiangxi Tujia and Miao Autonomous Prefecture"),
    "茂名市": ("Maoming", "", "", ""), "梅州市": ("Meizhou", "", "", ""), "汕尾市": ("Shanwei", "", "", ""),
    "河源市": ("Heyuan", "", "", ""), "阳江市": ("Yangjiang", "", "", ""), "潮州市": ("Chaozhou", "", "", ""),
    "揭阳市": ("Jieyang", "", "", ""), "云浮市": ("Yunfu", "", "", ""),
    "梧州市": ("Wuzhou", "", "", ""), "北海市": ("Beihai", "", "", ""), "防城港市": ("Fangchenggang", "", "", ""),
    "钦州市": ("Qinzhou", "", "", ""), "贵港市": ("Guigang", "", "", ""), "玉林市": ("Yulin (Guangxi)", "", "-", ""),
 "贺州市": ("Hezhou", "", "", ""), "河池市": ("Hechi", "", "", ""),
    "来宾市": ("Laibin", "", "", ""), "崇左市": ("Chongzuo", "", "", ""),
    "三沙市": ("Sansha", "", "", ""), "儋州市": ("Danzhou", "", "", ""),
    "攀枝花市": ("Panzhihua", "", "", ""), "广元市": ("Guangyuan", "", "", ""), "遂宁市": ("Suining", "", "", ""),
    "内江市": ("Neijiang", "", "", ""), "广安市": ("Guang'an", "", "Guǎng'ān", ""), "达州市": ("Dazhou", "", "", ""),
    "雅安市": ("Ya'an", "", "Yǎ'ān", ""), "巴中市": ("Bazhong", "", "", ""), "资阳市": ("Ziyang", "", "", ""),
    # Aba (pinyin of 阿坝) is a Nigerian city and an acronym: only Ngawa and the two-word forms
    "阿坝藏族羌族自治州": ("Ngawa", "", "-", "Ngawa Tibetan and Qiang Autonomous Prefecture|Aba Prefecture"),
    "甘孜藏族自治州": ("Garzê", "", "Gānzī", "Garzê Tibetan Autonomous Prefecture"),
    "凉山彝族自治州": ("Liangshan", "", "", "Liangshan Yi Autonomous Prefecture"),
    "六盘水市": ("Liupanshui", "", "", ""), "安顺市": ("Anshun", "", "", ""), "毕节市": ("Bijie", "", "", ""),
    "铜仁市": ("Tongren", "", "", ""),
    "黔西南布依族苗族自治州": ("Qianxinan", "", "", "Qianxinan Buyei and Miao Autonomous Prefecture"),
    "黔东南苗族侗族自治州": ("Qiandongnan", "", "", "Qiandongnan Miao and Dong Autonomous Prefecture"),
    "黔南布依族苗族自治州": ("Qiannan", "", "", "Qiannan Buyei and Miao Autonomous Prefecture"),
    "曲靖市": ("Qujing", "", "", ""), "保山市": ("Baoshan (Yunnan)", "", "-", ""), "昭通市": ("Zhaotong", "", "", ""),
    "丽江市": ("Lijiang", "", "", ""), "普洱市": ("Pu'er", "", "Pǔ'ěr", ""), "临沧市": ("Lincang", "", "", ""),
    "楚雄彝族自治州": ("Chuxiong", "", "", "Chuxiong Yi Autonomous Prefecture"),
    "红河哈尼族彝族自治州": ("Honghe", "", "", "Honghe Hani and Yi Autonomous Prefecture"),
    "文山壮族苗族自治州": ("Wenshan", "", "", "Wenshan Zhuang and Miao Autonomous Prefecture"),
    "西双版纳傣族自治州": ("Xishuangbanna", "", "", "Xishuangbanna Dai Autonomous Prefecture"),
    "大理白族自治州": ("Dali", "", "", "Dali Bai Autonomous Prefecture"),
    "德宏傣族景颇族自治州": ("Dehong", "", "", "Dehong Dai and Jingpo Autonomous Prefecture"),
    "怒江傈僳族自治州": ("Nujiang", "", "", "Nujiang Lisu Autonomous Prefecture"),
    "迪庆藏族自治州": ("Diqing", "", "", "Diqing Tibetan Autonomous Prefecture"),
    "日喀则市": ("Shigatse", "Shigatsé", "Rìkāzé", "Xigazê"), "昌都市": ("Chamdo", "", "Chāngdū", "Qamdo"),
    "林芝市": ("Nyingchi", "", "Línzhī", ""), "山南市": ("Shannan", "", "", "Lhoka"),
    "那曲市": ("Nagqu", "", "Nàqǔ", ""),
    # Ali (pinyin of 阿里) is a common first name: no pinyin alias
    "阿里地区": ("Ngari", "", "-", "Ngari Prefecture"),
    "铜川市": ("Tongchuan", "", "", ""), "渭南市": ("Weinan", "", "", ""), "延安市": ("Yan'an", "", "Yán'ān", ""),
    "汉中市": ("Hanzhong", "", "", ""), "榆林市": ("Yulin (Shaanxi)", "", "-", ""), "安康市": ("Ankang", "", "", ""),
    "商洛市": ("Shangluo", "", "", ""),
    "嘉峪关市": ("Jiayuguan", "", "", ""), "金昌市": ("Jinchang", "", "", ""), "天水市": ("Tianshui", "", "", ""),
    "武威市": ("Wuwei", "", "", ""), "张掖市": ("Zhangye", "", "Zhāngyè", ""), "平凉市": ("Pingliang", "", "", ""),
    "酒泉市": ("Jiuquan", "", "", ""), "庆阳市": ("Qingyang", "", "", ""), "定西市": ("Dingxi", "", "", ""),
    "陇南市": ("Longnan", "", "", ""),
    "临夏回族自治州": ("Linxia", "", "", "Linxia Hui Autonomous Prefecture"),
    "甘南藏族自治州": ("Gannan", "", "", "Gannan Tibetan Autonomous Prefecture"),
    "海东市": ("Haidong", "", "", ""),
    "海北藏族自治州": ("Haibei", "", "", "Haibei Tibetan Autonomous Prefecture"),
    "黄南藏族自治州": ("Huangnan", "", "", "Huangnan Tibetan Autonomous Prefecture"),
    # 海南 is Hainan Province: the prefecture goes by its full name only
    "海南藏族自治州": ("Hainan Tibetan Autonomous Prefecture", "", "-", "Hainan Prefecture"),
    "果洛藏族自治州": ("Golog", "", "Guǒluò", "Golog Tibetan Autonomous Prefecture"),
    "玉树藏族自治州": ("Yushu", "", "", "Yushu Tibetan Autonomous Prefecture"),
    "海西蒙古族藏族自治州": ("Haixi", "", "", "Haixi Mongol and Tibetan Autonomous Prefecture"),
    "石嘴山市": ("Shizuishan", "", "", ""), "吴忠市": ("Wuzhong (Ningxia)", "", "-", ""),
    "固原市": ("Guyuan", "", "", ""), "中卫市": ("Zhongwei", "", "", ""),
    "吐鲁番市": ("Turpan", "Tourfan", "Tǔlǔfān", "Turfan"), "哈密市": ("Hami", "", "Hāmì", ""),
    "博尔塔拉蒙古自治州": ("Bortala", "", "Bó'ěrtǎlā", "Bortala Mongol Autonomous Prefecture"),
    "巴音郭楞蒙古自治州": ("Bayingolin", "", "Bāyīnguōlèng", "Bayingolin Mongol Autonomous Prefecture"),
    "阿克苏地区": ("Aksu", "", "Ākèsū", "Aksu Prefecture"),
    "克孜勒苏柯尔克孜自治州": ("Kizilsu", "", "Kèzīlèsū", "Kizilsu Kyrgyz Autonomous Prefecture"),
    "喀什地区": ("Kashgar", "Kachgar", "Kāshí", "Kashgar Prefecture"),
    "和田地区": ("Hotan", "", "Hétián", "Khotan|Hotan Prefecture"),
    # Yili (pinyin of 伊犁) is also the dairy group: no pinyin alias
    "伊犁哈萨克自治州": ("Ili", "", "-", "Ili Kazakh Autonomous Prefecture"),
    "塔城地区": ("Tacheng", "", "Tǎchéng", "Tacheng Prefecture"),
    "阿勒泰地区": ("Altay", "", "Ālètài", "Altay Prefecture"),
}  # fmt: skip

# Major county-level cities of innovation news: (Chinese, English, parent prefecture as in regions.csv).
# Not Haining or Wenling: one letter from "Hanging" and "Welding".
COUNTY_CITIES = [
    ("石狮", "Shishi", "Quanzhou"), ("福清", "Fuqing", "Fuzhou"),
    ("桐乡", "Tongxiang", "Jiaxing"), ("诸暨", "Zhuji", "Shaoxing"),
    ("乐清", "Yueqing", "Wenzhou"), ("瑞安", "Rui'an", "Wenzhou"),
    ("永康", "Yongkang", "Jinhua"), ("东阳", "Dongyang", "Jinhua"), ("溧阳", "Liyang", "Changzhou"),
    ("丹阳", "Danyang", "Zhenjiang"), ("启东", "Qidong", "Nantong"), ("如皋", "Rugao", "Nantong"),
    ("寿光", "Shouguang", "Weifang"), ("胶州", "Jiaozhou", "Qingdao"), ("龙口", "Longkou", "Yantai"),
    ("浏阳", "Liuyang", "Changsha"), ("仁怀", "Renhuai", "Zunyi"), ("神木", "Shenmu", "Yulin (Shaanxi)"),
    ("巩义", "Gongyi", "Zhengzhou"), ("新郑", "Xinzheng", "Zhengzhou"), ("昆山", "", ""),
]  # fmt: skip
PINYIN_FIX = {"乐清": "Yuèqīng", "瑞安": "Ruì'ān", "浏阳": "Liúyáng"}

SUFFIXES = ("地区", "盟", "市")


def _short(full: str) -> str:
    if full.endswith("自治州"):
        # the nationality part: 延边朝鲜族自治州 -> 延边
        cut = min(i for i in (full.find(c) for c in "朝土苗布傣彝哈白傈藏蒙回柯羌壮侗") if i > 1)
        return full[:cut]
    for suffix in SUFFIXES:
        if full.endswith(suffix):
            return full[: -len(suffix)]
    return full


def _pinyin(zh: str) -> str:
    from pypinyin import Style, pinyin

    syllables = [s[0] for s in pinyin(zh, style=Style.TONE)]
    out = syllables[0]
    for s in syllables[1:]:
        out += ("'" if s[:1] in "aāáǎàoōóǒòeēéěè" else "") + s
    return out[:1].upper() + out[1:]


def main(adcodes: str) -> None:
    with (HERE / "regions.csv").open(encoding="utf-8") as f:
        existing = list(csv.DictReader(f))
    cities = [r for r in existing if r["kind"] == "city"]  # 吉林市 is not Jilin Province
    known_zh = {r["name_zh"] for r in cities} | {r["name_zh"] + "市" for r in cities}
    known_names = {r["name"] for r in existing}
    regions = csv.writer(sys.stdout, lineterminator="\n")
    aliases: list[tuple[str, str, str]] = []
    with open(adcodes, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["adcode"].endswith("00000000")]
    for r in sorted(rows, key=lambda r: r["adcode"]):
        code, full = r["adcode"], RENAMED.get(r["name"], r["name"])
        if code[2:4] in ("00", "90") or code[:2] not in PROVINCES or full in ABOLISHED | KNOWN or full in known_zh:
            continue
        name, fr, py, extra = NAMES[full]
        short = _short(full)
        zh = full if name.startswith(("Jilin", "Chaoyang", "Hainan")) else short
        if py == "":
            py = _pinyin(short)
        regions.writerow([name, "city", PROVINCES[code[:2]], fr or name, zh, "" if py == "-" else py])
        if full != zh:
            aliases.append((name, full, "zh"))
        aliases += [(name, a, "en") for a in extra.split("|") if a]
    for zh, name, parent in COUNTY_CITIES:
        if not name or name in known_names:
            continue
        regions.writerow([name, "city", parent, name, zh, PINYIN_FIX.get(zh) or _pinyin(zh)])
        aliases.append((name, zh + "市", "zh"))
    print("----")
    csv.writer(sys.stdout, lineterminator="\n").writerows(aliases)
    missing = set(NAMES) - {RENAMED.get(r["name"], r["name"]) for r in rows}
    if missing:
        raise SystemExit(f"names not in the adcode list: {sorted(missing)}")


if __name__ == "__main__":
    main(sys.argv[1])
