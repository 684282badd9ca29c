"""Furniture in Chinese, Japanese and Korean: the credits, notices, toolbars and headings that
East Asian news pages print in their own words.

These scripts do not separate words by spaces (Korean separates phrases, not words), so the
word-by-word rules of the other modules see a whole line as one or two "words". The rules here
read the whole line instead: a line made only of toolbar words ("分享到： 微信 微博 打印"), a
label and a short name ("责任编辑：张三", "（記者 山田太郎）", "홍길동 기자"), a reprint notice
("未经授权，不得转载", "無断転載禁止", "무단전재 및 재배포 금지"), a members-only prompt, or a
heading over related stories ("相关新闻", "関連記事", "많이 본 뉴스"). Lines of these scripts
are short; every pattern is anchored at both ends or bounded in length, so a sentence of an
article that names the same things ("该网站因未经授权转载文章被起诉") is not one.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import Facts, Finding

EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""A kana, a Han character or a Hangul syllable: the rules here look no further without one."""
MAX_CHARS = 60
"""Longer lines are sentences or paragraphs; notices are judged up to ``NOTICE_MAX_CHARS``."""
NOTICE_MAX_CHARS = 90

OPEN = r"[\[\u3010\uff08(\u3014<\u300a\u300c]"
CLOSE = r"[\]\u3011\uff09)\u3015>\u300b\u300d]"
MARKS = (
    r"[\s|\uff5c\u00b7\u30fb/\uff0f\u3001,\uff0c:\uff1a\[\]\u3010\u3011()\uff08\uff09<>\uff1c\uff1e"
    r"\u300a\u300b\u25b6\u25c0\u25b2\u25bc\u25a0\u25cf\u25c6\u2192\u2190+\uff0b\u00d7\u2715.\u2026\u203a\u00bb-]"
)
"""Separators, brackets and arrows between toolbar words."""


def _alternatives(words: str) -> str:
    """A regex alternation of the space-separated ``words``, longest first; "_" in a word
    stands for a space that may be left out ("맨_위로": "맨 위로", "맨위로")."""
    escaped = (re.escape(w).replace("_", r"\s?") for w in sorted(words.split(), key=len))
    return "|".join(reversed(list(escaped)))


TOOLBAR_WORDS = _alternatives(
    # Chinese (simplified and traditional)
    "分享 分享到 打印 列印 收藏 纠错 糾錯 评论 評論 转发 轉發 点赞 點讚 赞 讚 微信 微博 朋友圈 "
    "QQ空间 QQ 字号 字號 关闭 關閉 返回顶部 回到顶部 返回頂部 回到頂部 复制链接 複製連結 扫一扫 "
    "举报 舉報 我要评论 发表评论 發表評論 上一篇 下一篇 上一页 下一页 上一頁 下一頁 首页 首頁 "
    "返回首页 更多 订阅 訂閱 关注 關注 登录 登錄 注册 註冊 登入 立即登入 立即登录 "
    "免費註冊 免费注册 手机看 放大 缩小 分享至 我来说两句 訂閱電子報 订阅电子报 点击关闭 "
    "關閉廣告 关闭广告 大 中 小 "
    "广告 廣告 AD 請繼續往下閱讀 请继续往下阅读 "
    # Japanese
    "シェア ツイート いいね いいね！ 印刷 保存 記事を保存 ブックマーク はてブ コメント 共有 "
    "フォロー メール 送る このニュースをシェア この記事をシェア 記事をシェア 文字サイズ 標準 拡大 "
    "トップへ戻る ページトップへ ページの先頭へ 次へ 前へ 次のページ 前のページ 一覧 もっと見る "
    "続きを読む ログイン 会員登録 新規登録 コメントを書く この記事にコメント 次のページへ "
    "前のページへ ページの先頭へ戻る 誤字 脱字を報告 広告 "
    # Korean
    "공유 공유하기 인쇄 인쇄하기 댓글 스크랩 좋아요 추천 글자크기 확대 축소 페이스북 트위터 "
    "카카오톡 카카오스토리 네이버 밴드 링크복사 URL복사 주소복사 구독 구독하기 기사제보 제보하기 "
    "맨_위로 목록 이전 다음 이전기사 다음기사 닫기 로그인 회원가입 더보기 오류_신고 뉴스레터 "
    "채널_추가 댓글_쓰기 글자_크기 조절 가 광고 "
    # the services they name
    "Facebook Twitter X LINE Weibo WeChat KakaoTalk Kakao Naver Band Pinterest Email E-mail URL"
)
TOOLBAR = re.compile(
    rf"^{MARKS}*(?:(?:(?:{TOOLBAR_WORDS})(?:\u3059\u308b|\ud558\uae30|\u3067|\uc5d0\uc11c)?"
    rf"|\d+(?:\u4ef6|\u6761|\u689d|\uac1c|\uac74)?){MARKS}*)+$",
    re.IGNORECASE,
)
"""A line of toolbar words and counts only ("分享到：微信 | 微博", "印刷 保存 シェア",
"댓글 3 공유하기"), a word maybe with the ending that makes it a verb or names a service's
button ("印刷する", "Facebookでシェア", "네이버에서 구독하기")."""

CREDIT_LABELS = _alternatives(
    "责任编辑 責任編輯 责编 編集 编辑 編輯 撰文 撰稿 文 图 圖 图片 圖片 图片来源 圖片來源 "
    "摄影 攝影 写真 撮影 取材 執筆 筆者 出典 提供 来源 來源 出处 出處 稿源 原标题 原標題 翻译 翻譯 "
    "译者 譯者 校对 校對 审核 審核 编审 監修 监制 主编 主編 记者 記者 通讯员 通訊員 "
    "編集委員 論説委員 特派員 編集部 客員 사진 편집 글 출처 자료 취재 제공"
)
CREDIT = re.compile(
    rf"^{OPEN}?\s*(?:(?:{CREDIT_LABELS})\s*[\u30fb\u3001/\uff0f]?\s*)+"
    r"\s*[:\uff1a/\uff0f\uff5c|=]\s*"
    r"[^\u3002\uff01\uff1f!?\uff0c,\uff1b;\s][^\u3002\uff01\uff1f!?\uff0c,\uff1b;]{0,24}"
    rf"{CLOSE}?$"
)
"""A label, a colon and a short name or source: "责任编辑：张三", "【責任編輯:王小明 】",
"文・写真：山田太郎", "来源：新华网", "사진=연합뉴스" (no sentence mark or comma in the name:
"图：北京街头，游客排队" is a caption)."""
REPORTER = re.compile(
    r"^(?:"
    rf"{OPEN}[\u4e00-\u9fff]{{0,6}}(?:记者|記者|通讯员|通訊員|特派员|特派員)\s*[:\uff1a]?\s*"
    rf"[\u4e00-\u9fff\u30a0-\u30ff\u00b7]{{2,6}}(?:[\s\u3001][\u4e00-\u9fff\u00b7]{{2,6}}){{0,3}}"
    rf"(?:\s+[\w.+-]+@[\w.-]+\.\w+)?\s*{CLOSE}"
    r"|(?:本报|本報|新华社|新華社)?(?:记者|記者|通讯员|通訊員)[\s:\uff1a]+[\u4e00-\u9fff\u00b7]{2,4}"
    r"(?:[\s\u3001][\u4e00-\u9fff\u00b7]{2,4}){0,3}(?:\s+[\w.+-]+@[\w.-]+\.\w+)?"
    r"|[\u4e00-\u9fff]{0,6}(?:记者|記者)[\u4e00-\u9fff]{2,4}(?:[\s\u3001][\u4e00-\u9fff]{2,4}){0,3}"
    r"\s*[/\uff0f]\s*[\u4e00-\u9fff]{1,8}(?:報導|报道|電|电)"
    r"|(?:\([^)]{1,16}\)\s*)?[\uac00-\ud7af]{2,4}\s?(?:기자|특파원|통신원|에디터|객원기자)"
    r"(?:\s*=|\s+[\w.+-]+@[\w.-]+\.\w+)?"
    r")$"
)
"""A reporter's name as a credit: "（记者 张三 李四）", "本报记者 王五", "（記者 山田太郎）",
"(서울=연합뉴스) 홍길동 기자 =", "김철수 기자 kim@example.co.kr", "記者林怡君／台北報導"; not
"记者手记" (a reporter's note, a heading), which has neither brackets nor a space after the
word."""
NAMED_ROLE = re.compile(
    rf"^{OPEN}(?:{CREDIT_LABELS})(?:[\u30fb\u3001/\uff0f](?:{CREDIT_LABELS}))*\s+"
    r"[\u4e00-\u9fff\u3040-\u30ff]{2,8}(?:[\u3001\u30fb\s][\u4e00-\u9fff\u3040-\u30ff]{2,8}){0,2}"
    rf"{CLOSE}$"
)
"""A role and a name in brackets: "（文・写真 山田太郎）", "（編集委員 鈴木一郎）"."""
AGENCY = re.compile(
    rf"^{OPEN}(?:\w{{1,8}}=)?(?:共同|時事|共同通信|時事通信|ロイター|ブルームバーグ|新华社|新華社"
    r"|中新社|中央社|连合|聯合|연합뉴스|뉴시스|뉴스1|AFP|AP|Reuters|Bloomberg|EPA)"
    r"(?:=\w{1,8})?[\]\u3011\uff09)\u3015]$"
)
"""A wire agency alone in brackets closing a story: "（共同）", "(AFP=時事)", "（中央社）"."""
COPYRIGHT = re.compile(
    r"版权所有|版權所有|保留所有权利|保留一切权利|未经(?:本\w{1,3})?(?:授权|许可|允许|同意)"
    r"|未經(?:本\w{1,3})?(?:授權|許可|允許|同意)|(?:不得|禁止|严禁|嚴禁)(?:转载|轉載)"
    r"|無断(?:転載|複製|転用|使用)|無断で(?:転載|複製)|著作権は.{1,20}に帰属|all rights reserved"
    r"|무단\s?(?:전재|복제|배포)|재배포\s?금지|저작권자\s?[\u00a9\u24d2(]",
    re.IGNORECASE,
)
"""A reprint notice: "未经授权，不得转载", "無断転載禁止", "무단전재 및 재배포 금지"."""
COPYRIGHT_MAX_CHARS = 40
"""Reprint notices are short; a sentence reporting on reprints is longer ("该网站因未经授权转载
文章被起诉" is 15 characters, but names who was sued: see ``REPORTED``)."""
REPORTED = re.compile(
    r"[被因起诉訴判法院裁罚罰告]|判决|判決|裁判|訴訟|提訴|逮捕|容疑|罰金"
    r"|소송|법원|판결|혐의|기소|벌금|선고|재판|고소"
)
"""Words of a court or a dispute: a line holding them reports on copyright, it is no notice."""
MEMBERS_ONLY = re.compile(
    r"有料会員|会員限定|有料記事|この記事は(?:有料)?会員|続きを(?:お)?読み(?:いただけます|になれます|ください)"
    r"|会員の方は|ログインして(?:続き|全文|お読み)|(?:無料)?会員登録(?:すると|で|して|が必要|はこちら)"
    r"|残り\s?\d[\d,]*\s?文字"
    r"|登录后(?:查看|阅读|继续|可)|登錄後|订阅后(?:查看|阅读)|會員專享|会员专享|付费(?:阅读|内容|文章)"
    r"|付費(?:閱讀|內容)|开通会员|立即订阅|扫码(?:关注|下载|阅读)|下载(?:客户端|APP)|下載(?:客戶端|APP)"
    r"|로그인\s?(?:후|하시면|이\s?필요)|유료\s?회원\s?전용|구독\s?(?:신청|하시면|후|하고)"
    r"|전체\s?기사\s?보기"
    r"|앱\s?(?:다운로드|설치)",
    re.IGNORECASE,
)
"""A members-only, log-in or app prompt: "この記事は会員限定です", "登录后查看全文",
"로그인 후 이용하세요"."""
RELATED_HEADINGS = _alternatives(
    "相关新闻 相關新聞 相关阅读 相關閱讀 相关文章 相關文章 相关报道 相關報導 延伸阅读 延伸閱讀 "
    "推荐阅读 推薦閱讀 热门文章 熱門文章 热门新闻 熱門新聞 热点新闻 猜你喜欢 猜你喜歡 热门推荐 "
    "编辑推荐 編輯推薦 点击排行 點擊排行 今日热点 精彩推荐 为您推荐 為您推薦 更多新闻 最新新闻 "
    "关联阅读 関連記事 関連ニュース この記事の関連ニュース 関連リンク あわせて読みたい "
    "合わせて読みたい おすすめ記事 オススメ記事 人気記事 人気ランキング アクセスランキング "
    "最新記事 新着記事 こちらもおすすめ 注目記事 話題の記事 よく読まれている記事 "
    "관련기사 관련뉴스 많이본뉴스 많이본기사 인기기사 추천기사 최신기사 주요뉴스 랭킹뉴스 "
    "함께볼만한기사 함께보면좋은기사 이시각주요뉴스 오늘의주요뉴스 실시간인기 熱門排行 热门排行 "
    "熱門排行榜 热门排行榜"
)
RELATED = re.compile(rf"^{MARKS}*(?:\d+(?:小時|小时|時間|시간))?(?:{RELATED_HEADINGS}){MARKS}*$")
"""A heading over related or popular stories, alone on its line ("相关新闻", "関連記事",
"많이 본 뉴스", spaces taken out first)."""
ADVERTISEMENT = re.compile(
    rf"^{MARKS}*(?:广告|廣告|推广|推廣|赞助|贊助|広告|スポンサーリンク|スポンサー|PR|광고|협찬|AD)"
    rf"{MARKS}*$"
)
SENTENCE_ENDS = ("\u3002", "\uff01", "\uff1f", ".", "!", "?")
READER_VOICE = re.compile(r"です|ます|ください|下さい|いただけ|ません|[请請您]|세요|십시오|니다")
"""The polite forms that speak to the reader: です, ます, ください, いただけ, ません; 请, 請, 您;
세요, 십시오, 니다."""
COMMENTS = re.compile(
    r"^已有\s?\d+\s?人(?:参与|參與)|\d+\s?(?:条评论|條評論|人参与|人參與|件のコメント|개의\s?댓글)"
    r"|^댓글을\s?(?:입력|남겨|작성)|^コメントを(?:書く|投稿|する)|^(?:发表|發表|我要)(?:评论|評論)"
)
"""A comment count or prompt: "已有 36 人参与评论", "コメント 12件", "댓글을 입력해주세요"."""
FOLLOW = re.compile(
    r"(?:ニュースレター|メルマガ|メールマガジン)(?:を受け取る|に登録|を登録|の登録|を購読|登録)"
    r"|友だち追加|友達追加|をフォロー(?:する)?$|^フォローする$|关注我们|關注我們|扫码关注|掃碼關注"
    r"|关注(?:微信)?公众号|關注公眾號|채널\s?추가|뉴스레터\s?(?:신청|구독|받기)"
)
"""A follow, app or newsletter prompt: "公式LINEを友だち追加", "Xで@exampleをフォロー"."""
FOLLOW_MAX_CHARS = 40
DATE_LABELS = _alternatives(
    "发布时间 發佈時間 發布時間 发表时间 發表時間 更新时间 更新時間 时间 時間 日期 发布 發布 發佈 "
    "更新 最終更新 最后更新 最後更新 投稿日 更新日 公開日 掲載日 配信日 発行日 投稿 公開 配信 "
    "입력 수정 기사입력 최종수정 등록 업데이트 송고시간 송고 승인 게재"
)
DATE_LINE = re.compile(
    rf"^(?:{DATE_LABELS}|\d{{1,4}}|[年月日時分秒년월일시분]|午前|午後|上午|下午|오전|오후|AM|PM"
    r"|[\s:\uff1a.\-/|\uff5c()\uff08\uff09\u00b7,\uff0c])+"
    r"(?:(?:来源|來源|出典|출처)\s*[:\uff1a]\s*\S{1,20})?$",
    re.IGNORECASE,
)
"""Labels, figures and the characters of a date and a time only ("发布时间：2023年11月08日 14:30",
"입력 2024.03.15 09:42", "2024年3月15日 9時42分"), maybe with the source after them."""
DATED = re.compile(r"\d{1,4}\s*[./\-\u5e74\ub144]\s*\d{1,2}")
"""A date in the line (a pager's "1 / 3" has no clock or label: see ``_date_line``)."""
CLOCK = re.compile(r"\d{1,2}\s*[:\u6642\uc2dc]\s*\d{2}")
LABELLED = re.compile(DATE_LABELS)
LOCATION_LABEL = re.compile(
    r"^(?:当前位置|當前位置|现在位置|現在位置|您的位置|你的位置|位置)\s*[:\uff1a]\s*"
)
BRACKETED = re.compile(r"\u3010[^\u3010\u3011]*\u3011")
TRAIL_SEPARATOR = re.compile(r"\s*[>\uff1e\u00bb\u203a]\s*")
TRAIL_PART = re.compile(r"^[\w\u00b7\u30fb]{1,10}$")


def east_asian(f: Facts) -> Finding | None:
    """The finding on a line of Chinese, Japanese or Korean furniture (see the module)."""
    return east_asian_line(f.text.strip())


def east_asian_line(text: str) -> Finding | None:
    """:func:`east_asian` on a stripped line of text."""
    if len(text) > NOTICE_MAX_CHARS or EAST_ASIAN.search(text) is None:
        return None
    if COPYRIGHT.search(text) and len(text) <= COPYRIGHT_MAX_CHARS and not REPORTED.search(text):
        return Finding("copyright", 0.9)
    if len(text) <= NOTICE_MAX_CHARS // 2 + 10 and MEMBERS_ONLY.search(text) and _prompt(text):
        return Finding("paywall", 0.9)
    if len(text) > MAX_CHARS:
        return None
    if TOOLBAR.match(text) and _named_twice(text):
        return Finding("ui_string", 0.9)
    if RELATED.match(text.replace(" ", "")):
        return Finding("related", 0.9)
    if ADVERTISEMENT.match(text):
        return Finding("advertisement", 0.9)
    if CREDIT.match(text) or REPORTER.match(text) or NAMED_ROLE.match(text) or AGENCY.match(text):
        return Finding("credit", 0.9)
    if COMMENTS.search(text):
        return Finding("comments", 0.9)
    if len(text) <= FOLLOW_MAX_CHARS and FOLLOW.search(text) and _prompt(text):
        return Finding("follow_prompt", 0.9)
    if _date_line(text):
        return Finding("timestamp", 0.75)
    if _trail(LOCATION_LABEL.sub("", text)):
        return Finding("navigation", 0.85)
    return _bracketed_pieces(text)


def _bracketed_pieces(text: str) -> Finding | None:
    """A line of pieces in lenticular brackets, each furniture on its own: "【纠错】 【责任编辑：
    张三】" (the first piece's finding)."""
    pieces = BRACKETED.findall(text)
    if len(pieces) < 2 or "".join("".join(pieces).split()) != "".join(text.split()):
        return None
    findings = [east_asian_line(piece) for piece in pieces]
    return findings[0] if all(findings) else None


def _prompt(text: str) -> bool:
    """Whether a line is a prompt, not a sentence of the article: a label or a button (no
    sentence end), or a sentence in the voice that addresses the reader
    ("この記事は会員限定です。", "请登录后查看。", "로그인 후 이용하세요."). A story tells in
    the plain voice: "会員限定のセールに長い行列ができた。" """
    if not text.endswith(SENTENCE_ENDS):
        return True
    return READER_VOICE.search(text) is not None


def _date_line(text: str) -> bool:
    """Whether a line is only a date and a time, or a labelled date (see ``DATE_LINE``): a date
    alone ("2024年3月") may head a part of a timeline."""
    if DATE_LINE.match(text) is None or DATED.search(text) is None:
        return False
    return CLOCK.search(text) is not None or LABELLED.search(text) is not None


def _named_twice(text: str) -> bool:
    """Whether a toolbar line holds two characters of words at least: "大 中 小" alone, or a
    lone "赞", may be anything."""
    letters = [c for c in text if EAST_ASIAN.match(c) or c.isalpha()]
    return len(letters) >= 2


def _trail(text: str) -> bool:
    """A path of sections, "首页 > 国际 > 亚太": three parts or more, each a short name."""
    parts = TRAIL_SEPARATOR.split(text)
    return len(parts) >= 3 and all(TRAIL_PART.match(p) for p in parts)
