"""Chinese personal names in pinyin: syllables, surnames, and romanisation (GB/T 28039-2011).

pypinyin gives the syllable inventory and readings; what it gets wrong for names — the
reading of polyphonic surnames — is corrected from a table. The surname list is the common
surnames, which covers the officials in the samples and nearly everyone in the news.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The readings surnames take, where pypinyin's everyday reading is wrong for a surname.
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "查": "zha", "缪": "miao",
    "乐": "yue", "覃": "qin", "翟": "zhai", "朴": "piao", "盖": "ge", "尉迟": "yuchi",
    "万俟": "moqi", "长孙": "zhangsun", "尉": "yu", "秘": "bi", "任": "ren", "沈": "shen",
}  # fmt: skip
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "万俟",
    "夏侯",
    "司徒",
)
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
    "池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠"
    "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰"
    "赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
    "尧闭由"
)


def _plain(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


# Every toneless pinyin syllable (ü written v) that can be part of a name: pypinyin's
# dictionary's readings with a vowel (tests/glossary/test_names.py derives the same set from
# it). Written out because importing pypinyin costs more than a whole check of a short file,
# and most runs never need a character's reading.
_SYLLABLES = (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong "
    "bu ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi "
    "chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo "
    "da dai dan dang dao de dei den deng di dia dian diao die din ding diu dong dou du duan "
    "dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao "
    "ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei "
    "hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin "
    "jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai "
    "kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie "
    "lin ling liu lo long lou lu luan lue lun luo ma mai man mang mao me mei men meng mi "
    "mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nia nian "
    "niang niao nie nin ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei "
    "pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong "
    "qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai "
    "san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua "
    "shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao "
    "te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen "
    "weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan "
    "yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng "
    "zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang "
    "zhui zhun zhuo zi zong zou zu zuan zui zun zuo"
)
SYLLABLES = frozenset(_SYLLABLES.split())


def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (ü written v) that can be part of a name. Interjections
    without a vowel (m, n, ng, hm) are left out: they would make "Zuojum" pinyin (zuo-ju-m)."""
    return SYLLABLES


def surname_reading(zh_surname: str) -> str:
    """The pinyin of a surname, polyphonic surnames read as surnames."""
    if zh_surname in SURNAME_READINGS:
        return SURNAME_READINGS[zh_surname]
    from pypinyin import lazy_pinyin  # imported only when a name is read

    return "".join(_plain(p) for p in lazy_pinyin(zh_surname))


# COMMON_SURNAMES and COMPOUND_SURNAMES as surname_reading reads them, capitalised, without
# one-letter readings (阿 "A" would take every "A" in English for a surname). Written out, as
# SYLLABLES is, so that reading English never imports pypinyin; tests/glossary/test_names.py
# derives the same set from the surname lists.
_PINYIN_SURNAMES = (
    "Ai An Ao Ba Bai Ban Bao Bi Bian Bin Bo Cai Cao Cen Chai Chang Chao Che Chen Cheng Chi "
    "Chu Cong Cui Dai Dan Dang Deng Di Diao Ding Dong Dongfang Dou Du Duan Fan Fang Fei Feng "
    "Fu Gan Gao Ge Geng Gong Gongsun Gou Gu Guan Gui Guo Ha Hai Han Hang Hao He Heng Hou Hu "
    "Hua Huang Huangfu Hui Huo Ji Jia Jian Jiang Jiao Jie Jin Jing Ju Kang Ke Kong Kou Kuang "
    "Lai Lan Lang Lao Lei Leng Li Lian Liang Liao Lin Ling Linghu Liu Long Lou Lu Luan Luo "
    "Ma Mai Man Mao Mei Men Meng Mi Miao Min Ming Mo Moqi Mou Mu Murong Na Nan Ni Nie Ning "
    "Niu Nong Ou Ouyang Pan Pang Pei Peng Pi Piao Ping Pu Qi Qian Qiang Qiao Qin Qing Qiu Qu "
    "Quan Que Ran Rao Ren Rong Ru Ruan Rui Sang Sha Shan Shang Shangguan Shao She Shen Sheng "
    "Shi Shu Shuai Si Sima Situ Song Su Sui Sun Suo Tai Tan Tang Tao Teng Tian Tong Tu Wan "
    "Wang Wei Wen Weng Wu Xi Xia Xiahou Xian Xiang Xiao Xie Xin Xing Xiong Xiu Xu Xuan Xue "
    "Yan Yang Yao Ye Yi Yin Ying Yong You Yu Yuan Yuchi Yue Yun Zan Zang Zeng Zha Zhai Zhan "
    "Zhang Zhangsun Zhao Zhen Zheng Zhi Zhong Zhou Zhu Zhuang Zhuge Zhuo Zong Zou Zu Zuo"
)
PINYIN_SURNAMES = frozenset(_PINYIN_SURNAMES.split())


def pinyin_surnames() -> frozenset[str]:
    """Common surnames in pinyin, capitalised as written in English: Tan, Ouyang, Zhang."""
    return PINYIN_SURNAMES


def derived_pinyin_surnames() -> frozenset[str]:
    """PINYIN_SURNAMES as pypinyin reads the surname lists today (what the table must equal)."""
    readings = {surname_reading(s) for s in COMMON_SURNAMES} | {
        surname_reading(s) for s in COMPOUND_SURNAMES
    }
    return frozenset(r.replace("v", "u").capitalize() for r in readings if len(r) > 1)


def derived_syllables() -> frozenset[str]:
    """SYLLABLES as pypinyin's dictionary gives them today (what the table must equal)."""
    from pypinyin.pinyin_dict import pinyin_dict

    # Some 1,500 toned readings among 40,000 characters: each is made plain once.
    readings = {p for value in pinyin_dict.values() for p in value.split(",")}
    return frozenset(plain for p in readings if any(v in (plain := _plain(p)) for v in "aeiouv"))


def split_surname(zh_name: str) -> tuple[str, str]:
    """(surname, given name) of a Chinese name: compound surnames are two characters."""
    if len(zh_name) >= 3 and zh_name[:2] in COMPOUND_SURNAMES:
        return zh_name[:2], zh_name[2:]
    return zh_name[:1], zh_name[1:]


def romanize(zh_name: str) -> str:
    """GB/T 28039-2011 form: surname, space, given name as one word, each capitalised.

    >>> romanize("谭作钧")
    'Tan Zuojun'
    """
    surname, given = split_surname(zh_name)
    family = surname_reading(surname).replace("v", "ü").capitalize()
    from pypinyin import lazy_pinyin

    first = "".join(_plain(p) for p in lazy_pinyin(given)).replace("v", "ü")
    return f"{family} {first.capitalize()}" if first else family


@lru_cache(maxsize=65536)
def split_syllables(word: str) -> tuple[str, ...] | None:
    """`Zuojun` -> ("zuo", "jun"); None if the word is not pinyin. Fewest syllables wins.

    Cached per word: rules ask it of every capitalised word, and a text repeats its words."""
    w = word.lower().replace("'", "").replace("’", "").replace("ü", "v")
    inventory = syllables()
    best: list[tuple[str, ...] | None] = [None] * (len(w) + 1)
    best[0] = ()
    for i in range(1, len(w) + 1):
        for j in range(max(0, i - 6), i):
            prefix = best[j]
            if prefix is not None and w[j:i] in inventory:
                candidate = (*prefix, w[j:i])
                current = best[i]
                if current is None or len(candidate) < len(current):
                    best[i] = candidate
    return best[len(w)]


# The surnames so frequent that two different officials with close given names are common.
VERY_COMMON_SURNAMES = frozenset(
    ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"]
)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two short strings (names)."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def glossary_people(names: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Surname -> [(given name, full name)] for names written "Surname Givenname"."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name in names:
        parts = name.split()
        if len(parts) == 2 and parts[0][:1].isupper():
            out.setdefault(parts[0], []).append((parts[1], name))
    return out
