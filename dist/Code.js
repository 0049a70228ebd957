// ITA measures report — built from src/ by `npm run build`. Do not edit by hand.
var __ita = (function (exports) {
'use strict';

const SHEET = {
	config: "ตั้งค่า",
	units: "หน่วยงาน",
	headings: "ตัวชี้วัด",
	measures: "มาตรการ",
	findings: "ผลการตรวจสอบ",
	marks: "_ita_marks",
	ledger: "ผลจากแบบฟอร์ม",
	surveys: "เชื่อมแบบประเมิน",
	links: "ตรวจลิงก์หลักฐาน",
	history: "ประวัติการสร้างรายงาน",
	progress: "สรุปความคืบหน้า",
	reminderLog: "บันทึกการเตือน",
	lastResult: "ผลการประเมินปีก่อน"
};
const DATA_SHEETS = [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures];
const CONFIG_LABEL = {
	agencyName: "ชื่อหน่วยงาน",
	compiledBy: "รวบรวมข้อมูลโดย",
	fiscalYear: "ปีงบประมาณ (พ.ศ.)",
	round: "รอบรายงาน",
	digitStyle: "รูปแบบตัวเลข",
	font: "แบบอักษร",
	reportFolder: "โฟลเดอร์รายงาน",
	reportTemplate: "แม่แบบรายงาน (Google Doc)",
	problems: "ปัญหาและอุปสรรค",
	suggestions: "ข้อเสนอแนะ",
	reporter: "ผู้รายงาน",
	reporterPosition: "ตำแหน่งผู้รายงาน",
	approver: "ผู้อนุมัติ",
	approverPosition: "ตำแหน่งผู้อนุมัติ",
	oitCode: "รหัสข้อ OIT",
	shareWithLink: "เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์",
	assessedYear: "ปีที่ประเมิน",
	overallScore: "คะแนนรวม",
	targetScore: "คะแนนเป้าหมาย",
	level: "ระดับผลการประเมิน"
};
const OPTIONAL_CONFIG_KEYS = [
	"compiledBy",
	"reportFolder",
	"reportTemplate",
	"problems",
	"suggestions",
	"reporter",
	"reporterPosition",
	"approver",
	"approverPosition",
	"oitCode",
	"shareWithLink",
	"assessedYear",
	"overallScore",
	"targetScore",
	"level"
];
const UNIT_HEADER = {
	code: "รหัสหน่วยงาน",
	name: "ชื่อหน่วยงาน",
	abbr: "ชื่อย่อ",
	email: "อีเมลผู้ประสานงาน"
};
const HEADING_HEADER = {
	code: "รหัสตัวชี้วัด",
	tool: "แบบวัด",
	text: "หัวข้อในรายงาน",
	indicator: "ตัวชี้วัดที่"
};
const MEASURE_HEADER = {
	rowId: "รหัสแถว",
	heading: "ตัวชี้วัด",
	issueNo: "ประเด็นที่",
	issueTitle: "ประเด็นการพัฒนา",
	measureNo: "มาตรการที่",
	measureText: "มาตรการ/แนวทางปฏิบัติ",
	targets: "ค่าเป้าหมาย",
	output: "ผลผลิต",
	outcome: "ผลสัมฤทธิ์",
	result: "ผลการดำเนินงาน",
	units: "ผู้รับผิดชอบ",
	status: "สถานะ",
	evidence: "ลิงก์หลักฐาน",
	activityDates: "วันที่ดำเนินการ",
	timeframe: "ระยะเวลาดำเนินการ",
	budget: "งบประมาณ (บาท)"
};
const ALL_UNITS = "ทุกสำนัก/หน่วย";
const STATUS_VALUES = [
	"ยังไม่ดำเนินการ",
	"อยู่ระหว่างดำเนินการ",
	"ดำเนินการแล้วเสร็จ",
	"ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย"
];
const SYSTEM_SHEETS = [
	SHEET.findings,
	SHEET.marks,
	SHEET.ledger,
	SHEET.links,
	SHEET.history,
	SHEET.progress,
	SHEET.reminderLog
];
const MAIN_WEBSITE_LABEL = "เว็บไซต์หลักของหน่วยงาน";
const LEDGER_HEADER = {
	key: "คีย์คำตอบ",
	sheet: "ชีตคำตอบ",
	row: "แถวคำตอบ",
	timestamp: "ประทับเวลา",
	rowId: "รหัสแถว",
	round: "รอบ",
	unit: "หน่วยงาน",
	done: "สิ่งที่ดำเนินการ",
	dates: "วันที่ดำเนินการ",
	quantity: "จำนวน",
	quantityWord: "หน่วยนับ",
	evidence: "ลิงก์หลักฐาน",
	status: "สถานะ",
	check: "ผลการตรวจ",
	reasons: "เหตุผล",
	exclude: "ไม่ใช้ในรายงาน",
	fingerprint: "ลายนิ้วมือ",
	editUrl: "ลิงก์แก้ไขคำตอบ"
};
const SURVEY_HEADER = {
	rowId: "รหัสแถว",
	sheet: "ชีตคำตอบแบบประเมิน",
	questions: "คำถาม",
	label: "ชื่อที่แสดง"
};
const TIMESTAMP_HEADERS = ["ประทับเวลา", "Timestamp"];
const TOOLS = ["IIT", "EIT", "OIT"];
const LAST_RESULT_HEADER = {
	indicator: "ตัวชี้วัดที่",
	name: "ชื่อตัวชี้วัด",
	tool: "แบบวัด",
	score: "คะแนน"
};
const ITA_INDICATORS = [
	[1, "การปฏิบัติหน้าที่", "IIT"],
	[2, "การใช้งบประมาณ", "IIT"],
	[3, "การใช้อำนาจ", "IIT"],
	[4, "การใช้ทรัพย์สินของราชการ", "IIT"],
	[5, "การแก้ไขปัญหาการทุจริต", "IIT"],
	[6, "คุณภาพการดำเนินงาน", "EIT"],
	[7, "ประสิทธิภาพการสื่อสาร", "EIT"],
	[8, "การปรับปรุงระบบการทำงาน", "EIT"],
	[9, "การเปิดเผยข้อมูล", "OIT"],
	[10, "การป้องกันการทุจริต", "OIT"]
];
const NO_BUDGET = "ไม่ใช้งบประมาณ";
const DEFAULT_TARGET_SCORE = 85;

function quoteStart(s, max = 80) {
	if (s.length <= max) return s;
	return `${s.slice(0, /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max)}…`;
}
function countBySeverity(findings) {
	let errors = 0;
	for (const f of findings) if (f.severity === "error") errors++;
	return { errors, warnings: findings.length - errors };
}
function sortFindings(findings, sheetOrder) {
	const rank = (s) => {
		const i = sheetOrder.indexOf(s);
		return i === -1 ? sheetOrder.length : i;
	};
	return [...findings].sort(
		(a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row || a.column - b.column || a.rule.localeCompare(b.rule)
	);
}

var __defProp$5 = Object.defineProperty;
var __defNormalProp$5 = (obj, key, value) => key in obj ? __defProp$5(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField$5 = (obj, key, value) => __defNormalProp$5(obj, key + "" , value);
const ok$1 = (value) => ({ ok: true, value });
class Field {
	constructor(parse) {
		__publicField$5(this, "parse", parse);
	}
	map(f) {
		return this.then((v) => ok$1(f(v)));
	}
	check(test, message) {
		return this.then((v) => test(v) ? ok$1(v) : { ok: false, message });
	}
	then(step) {
		return new Field((text2) => {
			const r = this.parse(text2);
			return r.ok ? step(r.value) : r;
		});
	}
}
const text$1 = () => new Field(ok$1);
const required = (message) => text$1().check((s) => s.length > 0, message);
function object(shape) {
	return {
		shape,
		safeParse(row) {
			const data = {};
			const issues = [];
			for (const key of Object.keys(shape)) {
				const r = shape[key].parse(row[key] ?? "");
				if (r.ok) data[key] = r.value;
				else issues.push({ path: [key], message: r.message });
			}
			return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data };
		}
	};
}

const MAI_HAN_AKAT = 3633;
const SARA_I = 3636;
const SARA_II = 3637;
const SARA_UE = 3638;
const SARA_UEE = 3639;
const SARA_U = 3640;
const SARA_UU = 3641;
const PHINTHU = 3642;
const MAITAIKHU = 3655;
const MAI_EK = 3656;
const MAI_THO = 3657;
const MAI_TRI = 3658;
const MAI_CHATTAWA = 3659;
const THANTHAKHAT = 3660;
const NIKHAHIT = 3661;
const YO_YING = 3597;
const THO_THAN = 3600;
const TABLE = [
	[63232, THO_THAN],
	[63233, SARA_I],
	[63234, SARA_II],
	[63235, SARA_UE],
	[63236, SARA_UEE],
	[63237, MAI_EK],
	[63238, MAI_THO],
	[63239, MAI_TRI],
	[63240, MAI_CHATTAWA],
	[63241, THANTHAKHAT],
	[63242, MAI_EK],
	[63243, MAI_THO],
	[63244, MAI_TRI],
	[63245, MAI_CHATTAWA],
	[63246, THANTHAKHAT],
	[63247, YO_YING],
	[63248, MAI_HAN_AKAT],
	[63249, NIKHAHIT],
	[63250, MAITAIKHU],
	[63251, MAI_EK],
	[63252, MAI_THO],
	[63253, MAI_TRI],
	[63254, MAI_CHATTAWA],
	[63255, THANTHAKHAT],
	[63256, SARA_U],
	[63257, SARA_UU],
	[63258, PHINTHU],
	[63620, MAI_HAN_AKAT],
	[63621, SARA_I],
	[63622, SARA_II],
	[63623, SARA_UE],
	[63624, SARA_UEE],
	[63625, MAITAIKHU],
	[63626, MAI_EK],
	[63627, MAI_EK],
	[63628, MAI_EK],
	[63629, MAI_THO],
	[63630, MAI_THO],
	[63631, MAI_THO],
	[63632, MAI_TRI],
	[63633, MAI_TRI],
	[63634, MAI_TRI],
	[63635, MAI_CHATTAWA],
	[63636, MAI_CHATTAWA],
	[63637, MAI_CHATTAWA],
	[63638, THANTHAKHAT],
	[63639, THANTHAKHAT],
	[63640, THANTHAKHAT],
	[63641, NIKHAHIT],
	[63642, YO_YING],
	[63643, SARA_U],
	[63644, SARA_UU],
	[63645, PHINTHU],
	[63646, THO_THAN]
];
const LEGACY_THAI_PUA = new Map(
	TABLE.map(([legacy, standard]) => [legacy, String.fromCharCode(standard)])
);

const SYMBOL_FONT_BULLETS = new Map([
	[61623, "•"],
	[61607, "▪"],
	[61656, "➢"],
	[61558, "❖"],
	[61692, "✓"],
	[61550, "■"],
	[61548, "●"]
]);

const HARD = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u0e4d\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3000\ud800-\uffff]/;
const MARK_PAIR = new RegExp(
	[
		3633,
		3636,
		3637,
		3638,
		3639,
		3640,
		3641,
		3642,
		3655,
		3656,
		3657,
		3658,
		3659,
		3660,
		3662,
		3648
	].map((c) => String.fromCharCode(c, c)).concat("ำ[่-๋]", "[่-๋][ัิ-ู]").join("|")
);
function needsCleaning(s) {
	return HARD.test(s) || MARK_PAIR.test(s);
}
const LINE_BREAKS = new Set([11, 133, 8232, 8233]);
const isInvisible = (c) => c === 173 || c === 8203 || c === 8204 || c === 8206 || c === 8207 || c >= 8234 && c <= 8238 || c >= 8288 && c <= 8292 || c >= 8294 && c <= 8297 || c === 65279;
const LIGATURES = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];
const TONE_AFTER_AM = /\u0e33([\u0e48-\u0e4b])/g;
const TONE_BEFORE_VOWEL = /([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e39])/g;
const SARA_AE_SLIP = /\u0e40\u0e40/g;
const SARA_AM_SLIP = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
const DOUBLED_MARK = /([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1+/g;
const NO_NOTES$1 = Object.freeze({});
function cleanText(input) {
	if (!needsCleaning(input)) {
		return { text: input.indexOf("\r") === -1 ? input : input.replace(/\r\n?/g, "\n"), notes: NO_NOTES$1 };
	}
	const notes = {};
	const count = (kind, n = 1) => notes[kind] = (notes[kind] ?? 0) + n;
	const out = [];
	for (let i = 0; i < input.length; i++) {
		const c = input.charCodeAt(i);
		if (c === 13) {
			out.push("\n");
			if (input.charCodeAt(i + 1) === 10) i++;
		} else if (c === 10) out.push("\n");
		else if (LINE_BREAKS.has(c)) out.push("\n");
		else if (c === 9) {
			out.push(" ");
			count("tab");
		} else if (c < 32 || c >= 127 && c <= 159) count("control");
		else if (c >= 55296 && c <= 56319) {
			const d = input.charCodeAt(i + 1);
			if (!(d >= 56320 && d <= 57343)) {
				count("invalid");
				continue;
			}
			const cp = (c - 55296 << 10) + (d - 56320) + 65536;
			i++;
			if (cp >= 983040)
				count("private-use");
			else if ((cp & 65534) === 65534)
				count("invalid");
			else out.push(input[i - 1], input[i]);
		} else if (c >= 56320 && c <= 57343)
			count("invalid");
		else if (c >= 57344 && c <= 63743) {
			const standard = LEGACY_THAI_PUA.get(c);
			const bullet = standard === void 0 ? SYMBOL_FONT_BULLETS.get(c) : void 0;
			if (standard !== void 0) {
				out.push(standard);
				count("legacy-thai");
			} else if (bullet !== void 0) {
				out.push(bullet);
				count("symbol-bullet");
			} else count("private-use");
		} else if (c >= 64976 && c <= 65007 || c === 65534 || c === 65535) count("invalid");
		else if (c >= 65281 && c <= 65374) {
			out.push(String.fromCharCode(c - 65248));
			count("compat");
		} else if (c === 12288 || c >= 64256 && c <= 64262) {
			out.push(c === 12288 ? " " : LIGATURES[c - 64256]);
			count("compat");
		} else if (isInvisible(c)) count("invisible");
		else out.push(input[i]);
	}
	let text = out.join("");
	text = text.replace(SARA_AE_SLIP, () => {
		count("sara-ae");
		return "แ";
	});
	for (let changed = true; changed; ) {
		changed = false;
		text = text.replace(DOUBLED_MARK, (_m, mark) => {
			count("doubled-mark");
			changed = true;
			return mark;
		});
		text = text.replace(SARA_AM_SLIP, (_m, tone) => {
			count("sara-am");
			changed = true;
			return `${tone}ำ`;
		});
		text = text.replace(TONE_AFTER_AM, (_m, tone) => {
			count("mark-order");
			changed = true;
			return `${tone}ำ`;
		});
		text = text.replace(TONE_BEFORE_VOWEL, (_m, tone, vowel) => {
			count("mark-order");
			changed = true;
			return vowel + tone;
		});
	}
	return { text, notes };
}
function hasNotes(notes) {
	for (const _ in notes) return true;
	return false;
}
const thaiNumber = (n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(3664 + Number(d)));
const DESCRIBE = {
	"legacy-thai": (n) => `อักขระไทยจากฟอนต์รุ่นเก่า (เช่น ข้อความที่คัดลอกจาก PDF ที่ใช้ TH SarabunPSK) ${n} ตัว แปลงเป็นอักขระมาตรฐาน`,
	"symbol-bullet": (n) => `สัญลักษณ์หัวข้อย่อยจากฟอนต์ Symbol/Wingdings ของ Word ${n} ตัว แปลงเป็นสัญลักษณ์มาตรฐาน (เช่น •)`,
	"private-use": (n) => `อักขระพิเศษที่แสดงผลไม่ได้ (Private Use Area) ${n} ตัว ถูกตัดออก`,
	control: (n) => `อักขระควบคุมที่มองไม่เห็น ${n} ตัว ถูกตัดออก`,
	invalid: (n) => `อักขระที่ไม่ถูกต้อง (เช่น U+FFFE หรืออีโมจิที่ขาดครึ่ง) ${n} ตัว ถูกตัดออก`,
	invisible: (n) => `อักขระที่มองไม่เห็น (เช่น ช่องว่างความกว้างศูนย์หรือยัติภังค์ซ่อนที่ติดมาจากการคัดลอกจาก Word, LINE หรือเว็บ) ${n} ตัว ถูกตัดออก`,
	compat: (n) => `ตัวอักษรหรือตัวเลขแบบเต็มความกว้าง (เช่น "２" แทน "2") หรืออักษรควบจาก PDF (เช่น "ﬁ" แทน "fi") ${n} ตัว แปลงเป็นตัวอักษรปกติ`,
	tab: (n) => `แท็บ ${n} ตัว แทนด้วยช่องว่าง`,
	"sara-am": (n) => `พิมพ์นิคหิต (ํ) กับสระอา (า) แทนสระอำ (ำ) ${n} แห่ง แก้เป็น "ำ"`,
	"sara-ae": (n) => `พิมพ์สระเอสองตัว (เเ) แทนสระแอ (แ) ${n} แห่ง แก้เป็น "แ"`,
	"mark-order": (n) => `วรรณยุกต์พิมพ์ผิดลำดับกับสระ (เช่น "นำ้" แทน "น้ำ") ${n} แห่ง เรียงใหม่ให้ถูกต้อง`,
	"doubled-mark": (n) => `สระหรือวรรณยุกต์ซ้ำกัน ${n} แห่ง ตัดตัวที่ซ้ำออก`
};
function describeNotesTh(notes) {
	const parts = Object.keys(DESCRIBE).filter((k) => notes[k]).map((k) => DESCRIBE[k](thaiNumber(notes[k] ?? 0)));
	return `${parts.join("; ")} — รายงานจะพิมพ์ข้อความที่แก้แล้ว (ข้อความในเซลล์ไม่ถูกเปลี่ยน)`;
}
function describeNotesEn(notes) {
	return `Cleaned: ${Object.keys(notes).map((k) => `${k} ×${notes[k]}`).join(", ")}.`;
}
const SPREADSHEET_ERRORS = [
	"#NULL!",
	"#DIV/0!",
	"#VALUE!",
	"#REF!",
	"#NAME?",
	"#NUM!",
	"#N/A",
	"#ERROR!",
	"#SPILL!",
	"#CALC!",
	"#GETTING_DATA",
	"Loading..."
];
const ERROR_SET = new Set(SPREADSHEET_ERRORS);
function spreadsheetError(value) {
	if (typeof value !== "string" || value.length > 16 || value.length < 4) return null;
	const t = value.trim();
	return ERROR_SET.has(t) ? t : null;
}

const NO_NOTES = Object.freeze({});
const CLEAN = Object.freeze({ text: "", notes: NO_NOTES, error: null });
function readCell(value) {
	if (value === null || value === void 0 || value === "") return CLEAN;
	if (typeof value === "string") {
		const error = spreadsheetError(value);
		if (error) return { text: "", notes: {}, error };
		if (!needsCleaning(value))
			return {
				text: (value.indexOf("\r") === -1 ? value : value.replace(/\r\n?/g, "\n")).trim(),
				notes: NO_NOTES,
				error: null
			};
		const { text, notes } = cleanText(value);
		return { text: text.trim(), notes, error: null };
	}
	if (typeof value === "number") return { text: Number.isFinite(value) ? String(value) : "", notes: {}, error: null };
	if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", notes: {}, error: null };
	if (Object.prototype.toString.call(value) === "[object Date]") {
		const d = value;
		if (Number.isNaN(d.getTime())) return CLEAN;
		const local = new Date(d.getTime() + 7 * 36e5);
		const pad = (n) => String(n).padStart(2, "0");
		return {
			text: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
			notes: {},
			error: null
		};
	}
	return readCell(String(value));
}
function cellText$1(value) {
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
	if (typeof value === "string" && value !== "" && spreadsheetError(value) === null && !needsCleaning(value))
		return (value.indexOf("\r") === -1 ? value : value.replace(/\r\n?/g, "\n")).trim();
	return readCell(value).text;
}
function cellLines(text) {
	return text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
}
function normaliseHeader(text) {
	return cellText$1(text).replace(/\s+/g, "");
}

const CANDIDATE = /https?:\/\/[^\s<>"“”‘’«»\u0e00-\u0e4f\u0e5a-\u0e7f\u200b-\u200d\u2060\u00ad]+/gi;
const TRAILING = /[.,;:!?…'*]$/;
const PAIRS = { ")": "(", "]": "[", "}": "{" };
const count = (s, ch) => s.split(ch).length - 1;
function trimEnd(url) {
	for (; ; ) {
		const last = url[url.length - 1];
		if (TRAILING.test(url)) url = url.slice(0, -1);
		else if (last in PAIRS && count(url, last) > count(url, PAIRS[last])) url = url.slice(0, -1);
		else return url;
	}
}
function findUrls(text) {
	if (text.indexOf("://") === -1) return [];
	const out = [];
	for (const m of text.matchAll(CANDIDATE)) {
		const url = trimEnd(m[0]);
		if (!/^https?:\/\/[^/.]/i.test(url)) continue;
		const start = m.index ?? 0;
		out.push({ start, end: start + url.length, url });
	}
	return out;
}
function replaceUrls(text, replacement) {
	const urls = findUrls(text);
	if (urls.length === 0) return text;
	let out = "";
	let last = 0;
	for (const u of urls) {
		out += text.slice(last, u.start) + replacement;
		last = u.end;
	}
	return out + text.slice(last);
}
function mapOutsideUrls(text, outside) {
	const urls = findUrls(text);
	if (urls.length === 0) return outside(text);
	let out = "";
	let last = 0;
	for (const u of urls) {
		out += outside(text.slice(last, u.start)) + u.url;
		last = u.end;
	}
	return out + outside(text.slice(last));
}

const THAI_ZERO = 3664;
function toThaiDigits(text) {
	return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
function toArabicDigits(text) {
	return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}
function applyDigitStyle(text, style) {
	return mapOutsideUrls(text, style === "thai" ? toThaiDigits : toArabicDigits);
}
function hasMixedDigits(text) {
	const withoutUrls = replaceUrls(text, " ");
	return /[0-9]/.test(withoutUrls) && /[๐-๙]/.test(withoutUrls);
}
const COUNT_PATTERN = "((?<![\\d,])\\d{1,3}(?:,\\d{3})+(?![\\d,])|(?<![\\d,])\\d+)";
const parseCount = (digits) => Number(digits.replace(/,/g, ""));
const BE_OFFSET = 543;
const toBuddhistYear = (ceYear) => ceYear + BE_OFFSET;
const toCommonEraYear = (beYear) => beYear - BE_OFFSET;
function roundPeriod(fiscalYearBe, round) {
	const endCe = toCommonEraYear(fiscalYearBe);
	return {
		start: { year: endCe - 1, month: 10, day: 1 },
		end: round === 6 ? { year: endCe, month: 3, day: 31 } : { year: endCe, month: 9, day: 30 }
	};
}
const MONTHS_LONG = [
	"มกราคม",
	"กุมภาพันธ์",
	"มีนาคม",
	"เมษายน",
	"พฤษภาคม",
	"มิถุนายน",
	"กรกฎาคม",
	"สิงหาคม",
	"กันยายน",
	"ตุลาคม",
	"พฤศจิกายน",
	"ธันวาคม"
];
const MONTHS_SHORT = [
	"ม.ค.",
	"ก.พ.",
	"มี.ค.",
	"เม.ย.",
	"พ.ค.",
	"มิ.ย.",
	"ก.ค.",
	"ส.ค.",
	"ก.ย.",
	"ต.ค.",
	"พ.ย.",
	"ธ.ค."
];
function formatThaiDateShort(date, style = "thai") {
	return applyDigitStyle(`${date.day} ${MONTHS_SHORT[date.month - 1]} ${toBuddhistYear(date.year)}`, style);
}
function formatThaiDateLong(date, style = "thai") {
	return applyDigitStyle(`${date.day} ${MONTHS_LONG[date.month - 1]} ${toBuddhistYear(date.year)}`, style);
}
function periodLine(fiscalYearBe, round, style = "thai") {
	const { start, end } = roundPeriod(fiscalYearBe, round);
	return `(${formatThaiDateLong(start, style)} – ${formatThaiDateLong(end, style)})`;
}
function roundLine(round, style = "thai") {
	return applyDigitStyle(`รอบ ${round} เดือน`, style);
}
function compareDates(a, b) {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}
function isValidCalendarDate(d) {
	if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
	if (d.month < 1 || d.month > 12 || d.day < 1) return false;
	const leap = d.year % 4 === 0 && d.year % 100 !== 0 || d.year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1];
	return d.day <= days;
}
function isoDate(d) {
	const pad = (n, w) => String(n).padStart(w, "0");
	return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
function yearToCe(year) {
	if (year < 100) return toCommonEraYear(2500 + year);
	return year >= 2400 ? toCommonEraYear(year) : year;
}
function parseThaiDate(value, timeZoneOffsetMinutes = 7 * 60) {
	if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") {
		const date = value;
		if (Number.isNaN(date.getTime())) return null;
		const local = new Date(date.getTime() + timeZoneOffsetMinutes * 6e4);
		return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
	}
	if (typeof value !== "string") return null;
	const text = toArabicDigits(value).trim();
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	if (m) return checked({ year: yearToCe(Number(m[1])), month: Number(m[2]), day: Number(m[3]) });
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(text);
	if (m) return checked({ year: yearToCe(Number(m[3])), month: Number(m[2]), day: Number(m[1]) });
	m = /^(\d{1,2})\s*([^\d\s]+(?:\s?[^\d\s]+){0,2})\s*(\d{2,4})$/.exec(text);
	if (m) {
		let name = m[2].replace(/\s+/g, "");
		const era = /([พค])\.ศ\.$/.exec(name);
		if (era) name = name.slice(0, era.index);
		let month = MONTHS_LONG.indexOf(name) + 1;
		if (month === 0) month = MONTHS_SHORT.indexOf(name) + 1;
		if (month === 0) return null;
		const year = Number(m[3]);
		return checked({ year: era?.[1] === "ค" && year < 100 ? 2e3 + year : yearToCe(year), month, day: Number(m[1]) });
	}
	return null;
}
function checked(d) {
	return isValidCalendarDate(d) ? d : null;
}

const integerText = (th, endDot = false) => text$1().map((s) => toArabicDigits(s).trim()).map((s) => endDot ? s.replace(/^(\d+)\.$/, "$1") : s).check((s) => /^\d+$/.test(s), th).map(Number);
const SHARE_WORDS = new Map([
	["", "none"],
	["ไม่", "none"],
	["no", "none"],
	["false", "none"],
	["pdf", "pdf"],
	["ใช่", "pdf"],
	["yes", "pdf"],
	["true", "pdf"],
	["pdf และ doc", "both"],
	["pdf และ google doc", "both"],
	["ทั้งสองไฟล์", "both"]
]);
const configSchema = object({
	agencyName: required("กรอกชื่อหน่วยงาน"),
	compiledBy: text$1(),
	fiscalYear: integerText("ปีงบประมาณต้องเป็นปี พ.ศ. ๔ หลัก เช่น ๒๕๖๗").check(
		(y) => y >= 2500 && y <= 2700,
		"ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ๒๕๖๗ (ไม่ใช่ ค.ศ.)"
	),
	round: integerText("รอบรายงานต้องเป็น ๖ หรือ ๑๒").check(
		(r) => r === 6 || r === 12,
		"รอบรายงานต้องเป็น ๖ หรือ ๑๒"
	),
	digitStyle: text$1().map((s) => s.trim().toLowerCase()).check((s) => ["ไทย", "อารบิก", "thai", "arabic", ""].includes(s), 'รูปแบบตัวเลขต้องเป็น "ไทย" หรือ "อารบิก"').map((s) => s === "อารบิก" || s === "arabic" ? "arabic" : "thai"),
	font: text$1().map((s) => s.trim() || "Sarabun"),
	reportFolder: text$1(),
	reportTemplate: text$1(),
	problems: text$1(),
	suggestions: text$1(),
	reporter: text$1(),
	reporterPosition: text$1(),
	approver: text$1(),
	approverPosition: text$1(),
	oitCode: text$1().map((s) => toArabicDigits(s).replace(/\s+/g, "").toUpperCase()).check((s) => s === "" || /^O\d{1,3}$/.test(s), "รหัสข้อ OIT ต้องเป็นตัว O ตามด้วยเลขข้อ เช่น O26 หรือเว้นว่าง"),
	shareWithLink: text$1().map((s) => s.trim().toLowerCase().replace(/\s+/g, " ")).check((s) => SHARE_WORDS.has(s), 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์: เลือก "ไม่", "PDF" หรือ "PDF และ Doc"').map((s) => SHARE_WORDS.get(s)),
	assessedYear: text$1(),
	overallScore: text$1(),
	targetScore: text$1(),
	level: text$1()
});
const unitSchema = object({
	code: required("กรอกรหัสหน่วยงาน").check((s) => !/[+,]/.test(s), "รหัสหน่วยงานต้องไม่มีเครื่องหมาย + หรือ ,"),
	name: required("กรอกชื่อหน่วยงาน"),
	abbr: text$1(),
	email: text$1().check((s) => s === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), "อีเมลผู้ประสานงานไม่ถูกต้อง")
});
const headingSchema = object({
	code: required("กรอกรหัสตัวชี้วัด"),
	tool: text$1().map((s) => s.trim().toUpperCase()).check(
		(s) => TOOLS.includes(s),
		"แบบวัดต้องเป็น IIT, EIT หรือ OIT"
	),
	text: required("กรอกข้อความหัวข้อตามที่จะพิมพ์ในรายงาน"),
	indicator: text$1()
});
function splitUnitRefs(s) {
	if (s.trim() === ALL_UNITS) return [ALL_UNITS];
	return s.split(/\s*(?:\+|,|\n)\s*/).map((t) => t.trim()).filter((t) => t !== "");
}
const measureSchema = object({
	rowId: required("กรอกรหัสแถว (รหัสที่ไม่ซ้ำกัน ใช้เชื่อมกับแบบฟอร์ม)"),
	heading: required("เลือกตัวชี้วัด"),
	issueNo: integerText("ประเด็นที่ต้องเป็นตัวเลข เช่น 1 หรือ ๑", true).check((n) => n >= 1, "ประเด็นที่ต้องเริ่มจาก ๑"),
	issueTitle: required("กรอกประเด็นการพัฒนา"),
	measureNo: text$1().map(
		(s) => toArabicDigits(s).trim().replace(/^(\d+\.\d+)\.$/, "$1")
	).check(
		(s) => s === "" || /^\d+\.\d+$/.test(s),
		"มาตรการที่ต้องเป็นรูปแบบ ประเด็น.ลำดับ เช่น 1.1 หรือเว้นว่างเมื่อประเด็นมีมาตรการเดียว"
	),
	measureText: required("กรอกมาตรการ/แนวทางปฏิบัติ"),
	targets: text$1().map(cellLines).check((lines) => lines.length > 0, "กรอกค่าเป้าหมายอย่างน้อย ๑ ข้อ (บรรทัดละ ๑ ข้อ)"),
	output: text$1(),
	outcome: text$1(),
	result: text$1(),
	units: required("กรอกผู้รับผิดชอบ").map(splitUnitRefs),
	status: text$1(),
	evidence: text$1().map(cellLines),
	activityDates: text$1().map(cellLines),
	timeframe: text$1(),
	budget: text$1()
});

function cellReadingFinding(cell, at) {
	if (cell.error) {
		return {
			severity: "error",
			rule: "cell-error-value",
			...at,
			messageTh: `เซลล์นี้แสดงค่าผิดพลาดจากสูตร "${cell.error}" — แก้สูตร หรือพิมพ์ข้อความแทน (ค่าผิดพลาดจะไม่ถูกพิมพ์ในรายงาน)`,
			messageEn: `The cell shows the formula error ${cell.error}.`
		};
	}
	if (!hasNotes(cell.notes)) return void 0;
	return {
		severity: "warning",
		rule: "text-cleaned",
		...at,
		messageTh: describeNotesTh(cell.notes),
		messageEn: describeNotesEn(cell.notes)
	};
}
function headerRowIndex(values, anchor) {
	const found = values.slice(0, 5).findIndex((r) => Array.isArray(r) && r.some((c) => normaliseHeader(c) === anchor));
	return Math.max(found, 0);
}
function readTable(sheetName, data, headers, required) {
	const keys = Object.keys(headers);
	const findings = [];
	if (!data) {
		findings.push({
			severity: "error",
			rule: "sheet-missing",
			sheet: sheetName,
			row: 0,
			column: 0,
			header: "",
			messageTh: `ไม่พบชีต "${sheetName}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อสร้างชีตนี้ใหม่ แล้วกรอกข้อมูล`,
			messageEn: `Sheet "${sheetName}" is missing; run set-up to recreate it.`
		});
		return { sheet: sheetName, headerRow: 0, columns: {}, rows: [], findings };
	}
	const values = data.values;
	const wanted = new Map(keys.map((k) => [normaliseHeader(headers[k]), k]));
	const anchor = normaliseHeader(headers[required[0] ?? keys[0]]);
	const headerIndex = headerRowIndex(values, anchor);
	const columns = {};
	(values[headerIndex] ?? []).forEach((cell, c) => {
		const key = wanted.get(normaliseHeader(cell));
		if (key !== void 0 && columns[key] === void 0) columns[key] = c + 1;
	});
	for (const key of required) {
		if (columns[key] !== void 0) continue;
		findings.push({
			severity: "error",
			rule: "header-missing",
			sheet: sheetName,
			row: headerIndex + 1,
			column: 0,
			header: headers[key],
			messageTh: `ไม่พบคอลัมน์ "${headers[key]}" ในแถวหัวตารางของชีต "${sheetName}" — ตั้งชื่อหัวคอลัมน์ให้ตรงตามนี้ หรือเรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่มคอลัมน์`,
			messageEn: `Column "${headers[key]}" not found in the header row of "${sheetName}".`
		});
	}
	const at = (row, column, key) => ({ sheet: sheetName, row, column, header: headers[key] });
	const rows = [];
	for (let r = headerIndex + 1; r < values.length; r++) {
		const line = values[r];
		if (!Array.isArray(line)) continue;
		const text = {};
		const link = {};
		const errors = {};
		const cellFindings = [];
		let empty = true;
		for (const key of keys) {
			const c = columns[key];
			if (c === void 0) {
				text[key] = "";
				link[key] = void 0;
				continue;
			}
			const cell = readCell(line[c - 1]);
			text[key] = cell.text;
			const url = data.links?.[r]?.[c - 1];
			link[key] = url ? readCell(url).text || void 0 : void 0;
			if (text[key] !== "" || link[key] || cell.error) empty = false;
			if (cell.error) errors[key] = cell.error;
			const found = cell.error || hasNotes(cell.notes) ? cellReadingFinding(cell, at(r + 1, c, key)) : void 0;
			if (found) cellFindings.push(found);
		}
		if (!empty) {
			rows.push({ row: r + 1, text, link, errors });
			findings.push(...cellFindings);
		}
	}
	return { sheet: sheetName, headerRow: headerIndex + 1, columns, rows, findings };
}

const LINKED_MEASURE_COLUMNS = [
	"output",
	"outcome",
	"result",
	"evidence"
];
const DEFAULT_CONFIG_VALUES = {
	agencyName: "",
	compiledBy: "",
	fiscalYear: "",
	round: "12",
	digitStyle: "ไทย",
	font: "Sarabun",
	reportFolder: "",
	reportTemplate: "",
	problems: "",
	suggestions: "",
	reporter: "",
	reporterPosition: "",
	approver: "",
	approverPosition: "",
	oitCode: "",
	shareWithLink: "",
	assessedYear: "",
	overallScore: "",
	targetScore: "",
	level: ""
};
function parseWorkbook(data) {
	const findings = [];
	const { config, configRows } = parseConfig(data, findings);
	const unitTable = readTable(SHEET.units, data[SHEET.units], UNIT_HEADER, ["code", "name"]);
	const headingTable = readTable(SHEET.headings, data[SHEET.headings], HEADING_HEADER, ["code", "tool", "text"]);
	const measureTable = readTable(SHEET.measures, data[SHEET.measures], MEASURE_HEADER, [
		"rowId",
		"heading",
		"issueNo",
		"issueTitle",
		"measureNo",
		"measureText",
		"targets",
		"output",
		"outcome",
		"result",
		"units"
	]);
	findings.push(...unitTable.findings, ...headingTable.findings, ...measureTable.findings);
	const units = parseRows(unitTable, unitSchema, UNIT_HEADER, findings);
	const headings = parseRows(headingTable, headingSchema, HEADING_HEADER, findings);
	const measures = parseRows(measureTable, measureSchema, MEASURE_HEADER, findings, (row) => {
		const link = row.link.evidence;
		if (link && !row.text.evidence.includes(link)) {
			const typedUrls = row.text.evidence.split("\n").filter((line) => /^\s*https?:/i.test(line));
			row.text.evidence = [...typedUrls, link].join("\n");
		}
		for (const key of LINKED_MEASURE_COLUMNS) {
			if (key === "evidence") continue;
			const l = row.link[key];
			if (l && !row.text[key].includes(l)) row.text[key] = `${row.text[key]}
${l}`.trim();
		}
		const targets = withoutListMarkers(row.text.targets);
		if (targets !== row.text.targets) {
			row.text.targets = targets;
			findings.push({
				severity: "warning",
				rule: "target-numbered",
				sheet: SHEET.measures,
				row: row.row,
				column: measureTable.columns.targets ?? 0,
				header: MEASURE_HEADER.targets,
				messageTh: 'ค่าเป้าหมายมีเลขข้อหรือสัญลักษณ์หัวข้อนำหน้า (เช่น "1." หรือ "•") — รายงานใส่เลขข้อให้เอง จึงไม่พิมพ์ซ้ำ (ข้อความในเซลล์ไม่ถูกเปลี่ยน; ลบออกได้)',
				messageEn: "Targets carry their own list numbers or bullets; the report numbers them, so they are left out."
			});
		}
	}).map(({ row, value }) => ({ ...value, row }));
	return {
		config,
		configRows,
		units,
		headings,
		measures,
		columns: { units: unitTable.columns, headings: headingTable.columns, measures: measureTable.columns },
		findings
	};
}
const LIST_MARKER = /^([ \t]*)(?:[๐-๙\d]{1,2}[.)](?![๐-๙\d])|\([๐-๙\d]{1,2}\)|[•·▪◦‣∙●○■□➢❖✓✔*\-–—](?=[ \t]))[ \t]*(?=\S)/gm;
function withoutListMarkers(text) {
	return text.replace(LIST_MARKER, "$1");
}
function parseConfig(data, findings) {
	const sheet = data[SHEET.config];
	const configRows = {};
	const values = { ...DEFAULT_CONFIG_VALUES };
	const erroneous = new Set();
	if (!sheet) {
		findings.push({
			severity: "error",
			rule: "sheet-missing",
			sheet: SHEET.config,
			row: 0,
			column: 0,
			header: "",
			messageTh: `ไม่พบชีต "${SHEET.config}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อสร้างชีตนี้ใหม่ แล้วกรอกชื่อหน่วยงานและปีงบประมาณ`,
			messageEn: `Sheet "${SHEET.config}" is missing; run set-up to recreate it.`
		});
		return { config: null, configRows };
	}
	const byLabel = new Map(
		Object.keys(CONFIG_LABEL).map((k) => [normaliseHeader(CONFIG_LABEL[k]), k])
	);
	sheet.values.forEach((line, r) => {
		if (!Array.isArray(line)) return;
		const key = byLabel.get(normaliseHeader(line[0]));
		if (key === void 0 || configRows[key] !== void 0) return;
		configRows[key] = r + 1;
		const cell = readCell(line[1]);
		const at = { sheet: SHEET.config, row: r + 1, column: 2, header: CONFIG_LABEL[key] };
		if (cell.error) erroneous.add(key);
		const found = cellReadingFinding(cell, at);
		if (found) findings.push(found);
		const text = cell.text;
		const optional = OPTIONAL_CONFIG_KEYS.includes(key);
		if (text !== "" || optional) values[key] = text;
		const link = sheet.links?.[r]?.[1];
		if ((key === "reportFolder" || key === "reportTemplate") && link) values[key] = cellText$1(link) || text;
	});
	if (erroneous.size > 0) return { config: null, configRows };
	const parsed = configSchema.safeParse(values);
	if (parsed.success) return { config: parsed.data, configRows };
	for (const issue of parsed.error.issues) {
		const key = issue.path[0];
		const row = configRows[key] ?? 0;
		findings.push({
			severity: "error",
			rule: "config-invalid",
			sheet: SHEET.config,
			row,
			column: row ? 2 : 0,
			header: CONFIG_LABEL[key],
			messageTh: row ? issue.message : `ไม่พบบรรทัด "${CONFIG_LABEL[key]}" ในชีต "${SHEET.config}" — ${issue.message}`,
			messageEn: `Config "${String(key)}": ${issue.message}`
		});
	}
	return { config: null, configRows };
}
function parseRows(table, schema, headers, findings, prepare) {
	const out = [];
	for (const row of table.rows) {
		prepare?.(row);
		const parsed = schema.safeParse(row.text);
		if (parsed.success) {
			out.push({ row: row.row, value: parsed.data });
			continue;
		}
		for (const issue of parsed.error.issues) {
			const key = issue.path[0];
			if (table.columns[key] === void 0) continue;
			if (row.errors[key] !== void 0) continue;
			findings.push({
				severity: "error",
				rule: "cell-invalid",
				sheet: table.sheet,
				row: row.row,
				column: table.columns[key] ?? 0,
				header: headers[key],
				messageTh: issue.message,
				messageEn: `${String(key)}: ${issue.message}`
			});
		}
	}
	return out;
}

function createContext(workbook, findings) {
	return {
		workbook,
		report(severity, rule, row, column, th, en) {
			findings.push({
				severity,
				rule,
				sheet: SHEET.measures,
				row: row.row,
				column: workbook.columns.measures[column] ?? 0,
				header: MEASURE_HEADER[column],
				messageTh: th,
				messageEn: en
			});
		}
	};
}

function keyColumns(header) {
	const at = (field) => header.findIndex((c) => normaliseHeader(c) === normaliseHeader(MEASURE_HEADER[field])) + 1;
	const columns = { rowId: at("rowId"), heading: at("heading"), issueNo: at("issueNo") };
	return Object.values(columns).every((c) => c > 0) ? columns : void 0;
}
const keyTexts = new WeakMap();
function keyColumnTexts(keys, columns, field) {
	let byColumn = keyTexts.get(keys);
	if (!byColumn) keyTexts.set(keys, byColumn = new Map());
	const at = columns[field] - keys.left;
	let texts = byColumn.get(at);
	if (!texts) byColumn.set(at, texts = keys.values.map((line) => cellText$1(line?.[at])));
	return texts;
}
const NONE = [];
function keyOnlyRow(row, rowId, heading, issueNo) {
	return {
		row,
		rowId,
		heading,
		issueNo,
		issueTitle: "",
		measureNo: "",
		measureText: "",
		targets: NONE,
		output: "",
		outcome: "",
		result: "",
		units: NONE,
		status: "",
		evidence: NONE,
		activityDates: NONE,
		timeframe: "",
		budget: ""
	};
}
function keyOnlyRows(keys, columns, before, skip, from = 2) {
	const out = [];
	const shape = measureSchema.shape;
	const issues = new Map();
	const issueOf = (text) => {
		const known = issues.get(text);
		if (known !== void 0 || issues.has(text)) return known;
		const parsed = shape.issueNo.parse(text);
		issues.set(text, parsed.ok ? parsed.value : void 0);
		return parsed.ok ? parsed.value : void 0;
	};
	const rowIds = keyColumnTexts(keys, columns, "rowId");
	const headings = keyColumnTexts(keys, columns, "heading");
	const issueNos = keyColumnTexts(keys, columns, "issueNo");
	for (let row = from; row < before; row++) {
		if (skip(row)) continue;
		const rowId = rowIds[row - 2] ?? "";
		const heading = headings[row - 2] ?? "";
		const issueNo = issueOf(issueNos[row - 2] ?? "");
		if (rowId === "" || heading === "" || issueNo === void 0) continue;
		out.push(keyOnlyRow(row, rowId, heading, issueNo));
	}
	return out;
}
function mergeByRow(a, b) {
	const out = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length)
		out.push(j >= b.length || i < a.length && a[i].row < b[j].row ? a[i++] : b[j++]);
	return out;
}
function crossRowMeasures(parsed, values) {
	const columns = values?.[0] ? keyColumns(values[0]) : void 0;
	if (!values || !columns) return parsed;
	const rows = new Set(parsed.map((m) => m.row));
	const unparsed = keyOnlyRows(
		{ left: 1, values: values.slice(1) },
		columns,
		values.length + 1,
		(row) => rows.has(row)
	);
	return unparsed.length === 0 ? parsed : mergeByRow(unparsed, parsed);
}

const activityDatesRule = ({ workbook, report }) => {
	const config = workbook.config;
	for (const row of workbook.measures) {
		for (const text of row.activityDates) {
			const date = parseThaiDate(text);
			if (!date) {
				report(
					"error",
					"date-invalid",
					row,
					"activityDates",
					`อ่านวันที่ "${quoteStart(text)}" ไม่ได้ — ใช้รูปแบบ ๒๘/๒/๒๕๖๗, ๒๘ ก.พ. ๒๕๖๗ หรือ 2024-02-28 บรรทัดละ ๑ วัน`,
					`Cannot read the date "${quoteStart(text)}".`
				);
				continue;
			}
			if (!config) continue;
			const { start, end } = roundPeriod(config.fiscalYear, config.round);
			if (compareDates(date, start) < 0 || compareDates(date, end) > 0) {
				report(
					"error",
					"date-outside-round",
					row,
					"activityDates",
					`วันที่ ${formatThaiDateLong(date)} อยู่นอกช่วงรายงาน (${formatThaiDateLong(start)} – ${formatThaiDateLong(end)}, รอบ ${toThaiDigits(String(config.round))} เดือน)`,
					`Date ${text} is outside the reporting period.`
				);
			}
		}
	}
};

const evidenceLinksRule = ({ workbook, report }) => {
	for (const row of workbook.measures) {
		row.evidence.forEach((link, i) => {
			if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link)) {
				const wrapped = i > 0 && /^https?:\/\//i.test(row.evidence[i - 1]) && /^[\x21-\x7e]+$/.test(link);
				report(
					"error",
					"link-invalid",
					row,
					"evidence",
					`ลิงก์ "${link.slice(0, 80)}" ไม่ถูกต้อง — ต้องขึ้นต้นด้วย https:// และไม่มีช่องว่าง (บรรทัดละ ๑ ลิงก์)` + (wrapped ? " — ถ้าเป็นท้ายลิงก์บรรทัดก่อนที่ถูกตัดขึ้นบรรทัดใหม่ ให้ต่อกับบรรทัดก่อนหน้าเป็นบรรทัดเดียว" : ""),
					`Evidence link is not an absolute http(s) URL: ${link.slice(0, 80)}`
				);
			} else if (/^http:\/\//i.test(link)) {
				report(
					"warning",
					"link-not-https",
					row,
					"evidence",
					`ลิงก์ "${link.slice(0, 80)}" ไม่ใช่ https — ตรวจสอบว่ามีหน้า https ให้ใช้แทนหรือไม่`,
					`Evidence link is not HTTPS: ${link.slice(0, 80)}`
				);
			}
		});
	}
};

const issueSequenceRule = ({ workbook, report }) => {
	const rows = workbook.measures;
	const seenIssues = new Set();
	let expectedIssue = 1;
	let previous;
	for (const row of rows) {
		if (!previous || row.issueNo !== previous.issueNo) {
			if (seenIssues.has(row.issueNo)) {
				report(
					"error",
					"issue-split",
					row,
					"issueNo",
					`ประเด็นที่ ${toThaiDigits(String(row.issueNo))} ปรากฏซ้ำแยกจากกลุ่มเดิม — ย้ายแถวนี้ไปต่อท้ายแถวอื่นของประเด็นเดียวกัน`,
					`Issue ${row.issueNo} appears again after other issues; keep its rows together.`
				);
			} else if (row.issueNo !== expectedIssue) {
				report(
					"error",
					"issue-sequence",
					row,
					"issueNo",
					`ลำดับประเด็นข้าม: คาดว่าเป็นประเด็นที่ ${toThaiDigits(String(expectedIssue))} แต่พบ ${toThaiDigits(String(row.issueNo))}`,
					`Issue numbers must run 1..N without gaps: expected ${expectedIssue}, found ${row.issueNo}.`
				);
			}
			seenIssues.add(row.issueNo);
			expectedIssue = Math.max(expectedIssue, row.issueNo + 1);
		} else if (row.issueTitle !== previous.issueTitle) {
			report(
				"warning",
				"issue-title-differs",
				row,
				"issueTitle",
				"ข้อความประเด็นการพัฒนาต่างจากแถวก่อนหน้าของประเด็นเดียวกัน — รายงานจะใช้ข้อความของแถวแรก",
				"Issue title differs from the previous row of the same issue; the first row wins."
			);
		}
		previous = row;
	}
};
const measureNumberingRule = ({ workbook, report }) => {
	const rows = workbook.measures;
	const byIssue = new Map();
	for (const row of rows) {
		const entry = byIssue.get(row.issueNo) ?? { rows: [], measures: [] };
		entry.rows.push(row);
		const key = row.measureNo || row.measureText;
		if (entry.measures[entry.measures.length - 1] !== key) entry.measures.push(key);
		byIssue.set(row.issueNo, entry);
	}
	for (const [issue, { rows: issueRows, measures }] of byIssue) {
		const distinct = new Set(measures);
		const single = distinct.size === 1;
		let expectedMeasure = 1;
		let last = "";
		for (const row of issueRows) {
			const key = row.measureNo || row.measureText;
			if (single) {
				if (row.measureNo !== "")
					report(
						"warning",
						"measure-number-single",
						row,
						"measureNo",
						"ประเด็นนี้มีมาตรการเดียว ไม่ต้องใส่เลขมาตรการ — เว้นช่องนี้ว่าง",
						"An issue with a single measure leaves the measure number blank."
					);
				continue;
			}
			if (row.measureNo === "") {
				report(
					"error",
					"measure-number-missing",
					row,
					"measureNo",
					`ประเด็นที่ ${toThaiDigits(String(issue))} มีหลายมาตรการ — ใส่เลขมาตรการ เช่น ${issue}.1`,
					`Issue ${issue} has several measures; number them (${issue}.1, ${issue}.2...).`
				);
				continue;
			}
			if (key === last) continue;
			if (distinct.has(key) && measures.indexOf(key) !== measures.lastIndexOf(key)) {
				report(
					"error",
					"measure-split",
					row,
					"measureNo",
					`มาตรการที่ ${toThaiDigits(row.measureNo)} ปรากฏซ้ำแยกจากกลุ่มเดิม — ให้แถวของมาตรการเดียวกันอยู่ติดกัน`,
					`Measure ${row.measureNo} appears again after another measure.`
				);
			}
			const [prefix, seq] = row.measureNo.split(".").map(Number);
			if (prefix !== issue || seq !== expectedMeasure) {
				report(
					"error",
					"measure-sequence",
					row,
					"measureNo",
					`เลขมาตรการควรเป็น ${toThaiDigits(`${issue}.${expectedMeasure}`)} (ขึ้นต้นด้วยเลขประเด็นและเรียงทีละ ๑)`,
					`Measure number should be ${issue}.${expectedMeasure}.`
				);
			}
			expectedMeasure = (Number.isFinite(seq) ? seq : expectedMeasure) + 1;
			last = key;
		}
	}
};

function findUnit(ref, units) {
	const key = ref.trim();
	return units.find((u) => u.code === key) ?? units.find((u) => u.abbr !== "" && u.abbr === key) ?? units.find((u) => u.name === key);
}
function resolveUnits(refs, units) {
	if (refs.length === 1 && refs[0] === ALL_UNITS) return { all: true, units: [...units], unknown: [] };
	const found = [];
	const unknown = [];
	for (const ref of refs) {
		const unit = findUnit(ref, units);
		if (unit) found.push(unit);
		else unknown.push(ref);
	}
	return { all: false, units: found, unknown };
}
function unitsLabel(refs, units) {
	if (refs.length === 1 && refs[0] === ALL_UNITS) return ALL_UNITS;
	return refs.map((ref) => findUnit(ref, units)?.name ?? ref).join(" + ");
}

const referencesRule = ({ workbook, report }) => {
	const seenIds = new Map();
	const headingOrder = new Map(workbook.headings.map((h, i) => [h.value.code, i]));
	const units = workbook.units.map((u) => u.value);
	let lastSection = -1;
	for (const row of workbook.measures) {
		const firstRow = seenIds.get(row.rowId);
		if (firstRow !== void 0) {
			report(
				"error",
				"row-id-duplicate",
				row,
				"rowId",
				`รหัสแถว "${row.rowId}" ซ้ำกับแถวที่ ${firstRow} — รหัสแถวต้องไม่ซ้ำ เพราะใช้เชื่อมผลจากแบบฟอร์ม`,
				`Row id "${row.rowId}" duplicates row ${firstRow}.`
			);
		} else seenIds.set(row.rowId, row.row);
		const section = headingOrder.get(row.heading);
		if (section === void 0) {
			report(
				"error",
				"heading-unknown",
				row,
				"heading",
				`ไม่พบตัวชี้วัด "${row.heading}" ในชีต "${SHEET.headings}" — เลือกจากรายการ หรือเพิ่มตัวชี้วัดนี้ในชีตดังกล่าว`,
				`Heading "${row.heading}" is not in the headings sheet.`
			);
		} else {
			if (section < lastSection) {
				report(
					"error",
					"heading-order",
					row,
					"heading",
					`แถวนี้อยู่ใต้ตัวชี้วัดที่มาก่อนในชีต "${SHEET.headings}" — เรียงแถวตามลำดับตัวชี้วัด (หัวข้อในรายงานต้องไม่ย้อนกลับ)`,
					"Rows must follow the order of the headings sheet."
				);
			}
			lastSection = Math.max(lastSection, section);
		}
		if (row.units.length === 0) continue;
		for (const ref of resolveUnits(row.units, units).unknown) {
			report(
				"error",
				"unit-unknown",
				row,
				"units",
				`ไม่พบหน่วยงาน "${quoteStart(ref)}" ในชีต "${SHEET.units}" — ใช้รหัส ชื่อย่อ หรือชื่อเต็มของหน่วยงาน คั่นด้วย + หรือใช้ "${ALL_UNITS}"`,
				`Unit "${quoteStart(ref)}" is not in the units sheet.`
			);
		}
	}
};

const resultsRule = (ctx) => {
	const { report, workbook } = ctx;
	const fromForms = (row, column) => ctx.supplied?.(row.rowId, column) ?? false;
	for (const row of workbook.measures) {
		if (row.output === "") {
			if (!fromForms(row, "output"))
				report(
					"error",
					"output-missing",
					row,
					"output",
					'กรอกผลผลิต (ใส่ "-" ได้เมื่อไม่มีผลผลิต และต้องระบุสถานะ)',
					'Output is required ("-" allowed with a status).'
				);
		} else if (row.output === "-" && row.status === "")
			report(
				"error",
				"output-dash-needs-status",
				row,
				"status",
				'ผลผลิตเป็น "-" ต้องระบุสถานะของแถวนี้',
				'An output of "-" needs a status.'
			);
		if (row.outcome === "" && !fromForms(row, "outcome"))
			report("error", "outcome-missing", row, "outcome", "กรอกผลสัมฤทธิ์", "Outcome is required.");
		if (row.result === "" && !fromForms(row, "result"))
			report("error", "result-missing", row, "result", "กรอกผลการดำเนินงาน", "Result is required.");
		if (row.status !== "" && !STATUS_VALUES.includes(row.status))
			report(
				"warning",
				"status-unknown",
				row,
				"status",
				`สถานะ "${quoteStart(row.status)}" ไม่อยู่ในรายการ: ${STATUS_VALUES.join(" / ")}`,
				`Unknown status "${quoteStart(row.status)}".`
			);
	}
};

const AT_LEAST$1 = new RegExp(`ไม่\\s*น้อยกว่า\\s*${COUNT_PATTERN}\\s*(ครั้ง|ช่องทาง|เรื่อง)`);
const targetQuantityRule = ({ workbook, report }) => {
	for (const row of workbook.measures) {
		for (const target of row.targets) {
			const m = AT_LEAST$1.exec(toArabicDigits(target));
			if (!m) continue;
			const wanted = parseCount(m[1]);
			const word = m[2];
			const found = [...toArabicDigits(row.output).matchAll(new RegExp(`${COUNT_PATTERN}\\s*${word}`, "g"))].map(
				(x) => parseCount(x[1])
			);
			if (found.length > 0 && Math.max(...found) < wanted) {
				report(
					"warning",
					"target-not-reached",
					row,
					"output",
					`ค่าเป้าหมายกำหนดไม่น้อยกว่า ${toThaiDigits(String(wanted))} ${word} แต่ผลผลิตระบุ ${toThaiDigits(String(Math.max(...found)))} ${word} — ตรวจสอบตัวเลข หรือระบุสถานะ "ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย"`,
					`Target is at least ${wanted} ${word} but the output reports ${Math.max(...found)}.`
				);
			}
		}
	}
};
const COUNT_PHRASE = /จำนวน\s*([๐-๙\d]+)\s*(เรื่อง|ช่องทาง|ข้อ|รายการ)/;
const ITEM_MARKERS = [/^[๐-๙\d]+\.\s/, /^\([๐-๙\d]+\)/];
const enumeratedCountRule = ({ workbook, report }) => {
	for (const row of workbook.measures) {
		const lines = row.output.split("\n").map((l) => l.trim()).filter(Boolean);
		const at = lines.findIndex((l) => COUNT_PHRASE.test(l));
		if (at === -1) continue;
		const m = COUNT_PHRASE.exec(lines[at]);
		const stated = Number(toArabicDigits(m[1]));
		const after = lines.slice(at + 1);
		const marker = ITEM_MARKERS.find((re) => after.length > 0 && re.test(after[0]));
		if (!marker) continue;
		const items = after.filter((l) => marker.test(l)).length;
		if (items !== stated) {
			report(
				"warning",
				"count-mismatch",
				row,
				"output",
				`ผลผลิตระบุจำนวน ${toThaiDigits(String(stated))} ${m[2]} แต่แจกแจงไว้ ${toThaiDigits(String(items))} รายการ — แก้ตัวเลขหรือรายการให้ตรงกัน`,
				`Output states ${stated} ${m[2]} but lists ${items} items.`
			);
		}
	}
};

const FREE_TEXT = ["issueTitle", "measureText", "targets", "output", "outcome", "result"];
const MISSPELLINGS = [
	{ wrong: /คำเป้าหมาย/, right: "ค่าเป้าหมาย" },
	{ wrong: /ไปพลา\s+ก่อน/, right: "ไปพลางก่อน" }
];
const FOUR_DIGITS = /[0-9๐-๙]{4}/;
const textOf = (value) => Array.isArray(value) ? value.join("\n") : value;
const textLintRule = ({ workbook, report }) => {
	const fiscalYear = workbook.config?.fiscalYear;
	for (const row of workbook.measures) {
		for (const column of FREE_TEXT) {
			const text = textOf(row[column]);
			const prose = replaceUrls(text, "URL");
			if (hasMixedDigits(prose))
				report(
					"warning",
					"digits-mixed",
					row,
					column,
					"ช่องนี้มีทั้งเลขไทยและเลขอารบิก — รายงานจะแปลงเป็นแบบเดียวกันตามการตั้งค่า แต่ควรตรวจสอบตัวเลข",
					"The cell mixes Thai and Arabic digits."
				);
			for (const { wrong, right } of MISSPELLINGS)
				if (wrong.test(text))
					report(
						"warning",
						"spelling",
						row,
						column,
						`พบคำที่น่าจะพิมพ์ผิด: ควรเป็น "${right}"`,
						`Probable typo; should read "${right}".`
					);
			if (/[^\S\n]{2,}/.test(prose))
				report(
					"warning",
					"double-space",
					row,
					column,
					"มีช่องว่างซ้อนกันสองช่อง — ภาษาไทยใช้ช่องว่างเดียวคั่นวลี",
					"Double space in the text."
				);
			if (!FOUR_DIGITS.test(prose)) continue;
			for (const m of toArabicDigits(prose).matchAll(/(?<![\d/.])(\d{4})(?![\d/.])/g)) {
				const year = Number(m[1]);
				if (year >= 1900 && year < 2400)
					report(
						"warning",
						"year-ce",
						row,
						column,
						`ปี ${year} น่าจะเป็น ค.ศ. — รายงานราชการใช้ พ.ศ. (${toThaiDigits(String(year + 543))})`,
						`Year ${year} looks like CE.`
					);
				else if (fiscalYear && year >= 2400 && year <= 2700 && Math.abs(year - fiscalYear) > 1)
					report(
						"warning",
						"year-far",
						row,
						column,
						`ปี พ.ศ. ${toThaiDigits(String(year))} ห่างจากปีงบประมาณ ${toThaiDigits(String(fiscalYear))} เกิน ๑ ปี — ตรวจสอบว่าถูกต้อง (อ้างเอกสารเก่าได้)`,
						`BE year ${year} is more than one year from the fiscal year.`
					);
			}
		}
	}
};

const SUMMARY_HEADING = "สรุปผลการดำเนินงาน";
const UNSPECIFIED = "ไม่ระบุ";
const SUMMARY_STATUSES = [
	"ดำเนินการแล้วเสร็จ",
	"อยู่ระหว่างดำเนินการ",
	"ยังไม่ดำเนินการ",
	"ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย",
	UNSPECIFIED
];
const KNOWN_STATUSES = new Set(STATUS_VALUES);
function rowStatus(row, fromForms) {
	const typed = row.status.trim();
	const status = typed !== "" ? typed : fromForms.get(row.rowId) ?? "";
	return KNOWN_STATUSES.has(status) ? status : UNSPECIFIED;
}
function measureStatus(statuses) {
	if (statuses.includes(UNSPECIFIED)) return UNSPECIFIED;
	const all = (s) => statuses.every((x) => x === s);
	if (all("ดำเนินการแล้วเสร็จ")) return "ดำเนินการแล้วเสร็จ";
	if (all("ยังไม่ดำเนินการ")) return "ยังไม่ดำเนินการ";
	if (statuses.every((x) => x === "ดำเนินการแล้วเสร็จ" || x === "ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย"))
		return "ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย";
	return "อยู่ระหว่างดำเนินการ";
}
const measureKey = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
function scope(title, rows, fromForms) {
	const zero = () => Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, 0]));
	const rowCounts = zero();
	const byMeasure = new Map();
	for (const r of rows) {
		const s = rowStatus(r, fromForms);
		rowCounts[s]++;
		byMeasure.set(measureKey(r), [...byMeasure.get(measureKey(r)) ?? [], s]);
	}
	const measureCounts = zero();
	for (const statuses of byMeasure.values()) measureCounts[measureStatus(statuses)]++;
	return { title, measures: measureCounts, rows: rowCounts, measureTotal: byMeasure.size, rowTotal: rows.length };
}
function statusSummary(workbook, fromForms) {
	const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
	const bySection = new Map();
	for (const r of workbook.measures) bySection.set(r.heading, [...bySection.get(r.heading) ?? [], r]);
	return {
		overall: scope("ภาพรวม", workbook.measures, fromForms),
		sections: [...bySection].map(([code, rows]) => scope(headingText.get(code) ?? code, rows, fromForms))
	};
}
function percentText(count, total, style) {
	const value = total === 0 ? 0 : Math.round(count / total * 1e4) / 100;
	return applyDigitStyle(`ร้อยละ ${value.toFixed(2)}`, style);
}
function countsLine(label, counts, total, style, all) {
	const shown = SUMMARY_STATUSES.filter((s) => all || counts[s] > 0);
	const parts = shown.map(
		(s) => `${s} ${applyDigitStyle(String(counts[s]), style)} (${percentText(counts[s], total, style)})`
	);
	return `${label}: ${parts.join(" · ")}`;
}
function summaryParagraphs(summary, style) {
	const d = (n) => applyDigitStyle(String(n), style);
	const { overall, sections } = summary;
	const out = [
		{ text: SUMMARY_HEADING, bold: true, size: "normal" },
		{
			text: `${overall.title} — ${d(overall.measureTotal)} มาตรการ ${d(overall.rowTotal)} รายการ (แถวในตาราง)`,
			bold: true,
			spaceAbovePt: 4
		},
		{ text: countsLine("มาตรการ", overall.measures, overall.measureTotal, style, true), indent: true },
		{ text: countsLine("รายการ", overall.rows, overall.rowTotal, style, true), indent: true }
	];
	if (sections.length > 1) {
		out.push({ text: "รายตัวชี้วัด", bold: true, spaceAbovePt: 4 });
		for (const s of sections) {
			const head = applyDigitStyle(`${s.title} — ${d(s.measureTotal)} มาตรการ ${d(s.rowTotal)} รายการ`, style);
			const counts = `${countsLine("มาตรการ", s.measures, s.measureTotal, style, false)}; ${countsLine("รายการ", s.rows, s.rowTotal, style, false)}`;
			out.push({ text: `${head}: ${counts}`, indent: true });
		}
	}
	return out;
}

const PROBLEMS_HEADING = "ปัญหา อุปสรรค และข้อเสนอแนะ";
const PROBLEMS_SUBHEADING = "ปัญหาและอุปสรรค";
const SUGGESTIONS_SUBHEADING = "ข้อเสนอแนะ";
const NONE_TEXT = "ไม่มี";
const SIGNATURE_LINE = "ลงชื่อ ................................................";
const DATE_LINE = "วันที่ ........../........../..........";
function lines$1(text, style) {
	const typed = text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
	return (typed.length > 0 ? typed : [NONE_TEXT]).map((l) => ({ text: applyDigitStyle(l, style), indent: true }));
}
function signatureBlock(role, name, position, style) {
	if (name.trim() === "") return [];
	const d = (s) => applyDigitStyle(s, style);
	const at = { align: "CENTER", rightHalf: true };
	const out = [
		{ text: `${SIGNATURE_LINE} ${role}`, ...at, spaceAbovePt: 24 },
		{ text: d(`(${name.trim()})`), ...at }
	];
	position.split("\n").map((l) => l.trim()).filter((l) => l !== "").forEach((l, i) => out.push({ text: d(i === 0 ? `ตำแหน่ง ${l}` : l), ...at }));
	out.push({ text: DATE_LINE, ...at });
	return out;
}
function closingParagraphs(config, style) {
	return [
		{ text: PROBLEMS_HEADING, bold: true, size: "normal", spaceAbovePt: 12 },
		{ text: PROBLEMS_SUBHEADING, bold: true, spaceAbovePt: 4 },
		...lines$1(config.problems, style),
		{ text: SUGGESTIONS_SUBHEADING, bold: true, spaceAbovePt: 4 },
		...lines$1(config.suggestions, style),
		...signatureBlock("ผู้รายงาน", config.reporter, config.reporterPosition, style),
		...signatureBlock("ผู้อนุมัติ", config.approver, config.approverPosition, style)
	];
}

const REPORT_TITLE = "รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส";
const TARGET_LABEL = "ค่าเป้าหมาย:";
const HEADER_TOP = [
	"ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน",
	"มาตรการ/แนวทางปฏิบัติ",
	"ผลลัพธ์/ความสำเร็จ",
	null,
	"ผลการดำเนินงาน",
	"ผู้รับผิดชอบ"
];
const HEADER_BOTTOM = ["", "", "ผลผลิต", "ผลสัมฤทธิ์", "", ""];
const COLUMN_WEIGHTS = [15, 21, 14, 15, 24, 11];
function buildReportModel(workbook, config, contributions = new Map(), formStatuses = new Map()) {
	const style = config.digitStyle;
	const d = (s) => applyDigitStyle(s, style);
	const units = workbook.units.map((u) => u.value);
	const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
	const rows = workbook.measures;
	const compiled = config.compiledBy.split("\n").map((l) => l.trim()).filter(Boolean);
	const titleParts = [
		{ text: REPORT_TITLE, emphasis: "title" },
		{ text: d(`ประจำปีงบประมาณ พ.ศ. ${config.fiscalYear}`), emphasis: "title" },
		{ text: periodLine(config.fiscalYear, config.round, style), emphasis: "normal" },
		{ text: roundLine(config.round, style), emphasis: "normal" },
		{ text: d(config.agencyName), emphasis: "agency" },
		...compiled.map((line, i) => ({ text: d(i === 0 ? `รวบรวมข้อมูลโดย ${line}` : line), emphasis: "normal" }))
	];
	const titleLines = titleParts.flatMap(splitTitleLine);
	const measureKey = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
	const targetsPerMeasure = new Map();
	for (const r of rows)
		targetsPerMeasure.set(measureKey(r), (targetsPerMeasure.get(measureKey(r)) ?? 0) + r.targets.length);
	const measuresPerIssue = new Map();
	for (const r of rows)
		measuresPerIssue.set(r.issueNo, (measuresPerIssue.get(r.issueNo) ?? new Set()).add(measureKey(r)));
	const body = [];
	let section;
	let sections = 0;
	const targetCounter = new Map();
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i];
		if (row.heading !== section) {
			section = row.heading;
			sections++;
			body.push({ kind: "section", text: d(headingText.get(row.heading) ?? row.heading) });
		}
		const prev = i > 0 && rows[i - 1].heading === row.heading ? rows[i - 1] : void 0;
		const issueContinues = prev !== void 0 && prev.issueNo === row.issueNo;
		const measureContinues = issueContinues && measureKey(prev) === measureKey(row);
		let issueSpan = 0;
		if (!issueContinues) {
			issueSpan = 1;
			while (i + issueSpan < rows.length && rows[i + issueSpan].issueNo === row.issueNo && rows[i + issueSpan].heading === row.heading)
				issueSpan++;
		}
		const key = measureKey(row);
		const numbered = (targetsPerMeasure.get(key) ?? 0) > 1;
		const measureParagraphs = [];
		if (!measureContinues) {
			const showNo = (measuresPerIssue.get(row.issueNo)?.size ?? 0) > 1 && row.measureNo !== "";
			measureParagraphs.push(
				...textParagraphs(showNo ? `${row.measureNo} ${row.measureText}` : row.measureText, style)
			);
		}
		measureParagraphs.push({ runs: [{ text: TARGET_LABEL, bold: true }] });
		for (const target of row.targets) {
			const n = (targetCounter.get(key) ?? 0) + 1;
			targetCounter.set(key, n);
			measureParagraphs.push(...textParagraphs(numbered ? `${n}. ${target}` : target, style));
		}
		const resultParagraphs = textParagraphs(row.result, style);
		const shown = row.result + "\n" + row.output + "\n" + row.outcome;
		for (const link of row.evidence)
			if (!shown.includes(link)) resultParagraphs.push({ runs: linkRuns(link, style, false) });
		const extra = contributions.get(row.rowId) ?? {};
		const outputParagraphs = row.output === "" && extra.output?.length ? [] : textParagraphs(row.output === "" ? "-" : row.output, style);
		outputParagraphs.push(...extra.output ?? []);
		resultParagraphs.push(...extra.result ?? []);
		body.push({
			kind: "measure",
			rowId: row.rowId,
			cells: [
				{
					paragraphs: issueContinues ? [] : textParagraphs(`${row.issueNo}. ${row.issueTitle}`, style),
					rowSpan: issueSpan
				},
				{ paragraphs: measureParagraphs, rowSpan: 1 },
				{ paragraphs: outputParagraphs, rowSpan: 1 },
				{ paragraphs: [...textParagraphs(row.outcome, style), ...extra.outcome ?? []], rowSpan: 1 },
				{ paragraphs: resultParagraphs, rowSpan: 1 },
				{ paragraphs: textParagraphs(unitsLabel(row.units, units), style), rowSpan: 1 }
			]
		});
	}
	const issues = new Set(rows.map((r) => r.issueNo)).size;
	const measures = new Set(rows.map(measureKey)).size;
	return {
		title: REPORT_TITLE,
		fiscalYear: config.fiscalYear,
		round: config.round,
		digitStyle: style,
		font: config.font,
		titleLines,
		columnWeights: COLUMN_WEIGHTS,
		headerTop: HEADER_TOP,
		headerBottom: HEADER_BOTTOM,
		body,
		stats: { sections, issues, measures, rows: rows.length },
		summary: summaryParagraphs(statusSummary(workbook, formStatuses), style),
		closing: closingParagraphs(config, style)
	};
}
function splitTitleLine(line) {
	if (!line.text.includes("\n")) return [line];
	return line.text.split("\n").map((t) => t.trim()).filter((t) => t !== "").map((text) => ({ text, emphasis: line.emphasis }));
}
function textParagraphs(text, style) {
	return text.split("\n").map((l) => l.trim()).filter((l) => l !== "").map((line) => {
		const boldLine = /^\*\*(.+)\*\*$/.exec(line);
		const content = boldLine ? boldLine[1].trim() : line;
		return { runs: linkRuns(content, style, boldLine !== null) };
	});
}
function linkRuns(text, style, bold) {
	const runs = [];
	let last = 0;
	const push = (run) => runs.push(bold ? { ...run, bold: true } : run);
	for (const u of findUrls(text)) {
		if (u.start > last) push({ text: applyDigitStyle(text.slice(last, u.start), style) });
		push({ text: u.url, link: u.url });
		last = u.end;
	}
	if (last < text.length) push({ text: applyDigitStyle(text.slice(last), style) });
	return runs;
}

function roundsIn(round) {
	return round === 12 ? [6, 12] : [6];
}
function usable(record, round) {
	return record.check !== "invalid" && !record.excluded && record.round !== null && roundsIn(round).includes(record.round);
}
const COUNT_WORDS = "ครั้ง|ช่องทาง|เรื่อง|คน|หลักสูตร|รายการ|ฉบับ|ชิ้น|แห่ง|กิจกรรม|โครงการ";
const AT_LEAST = new RegExp(`ไม่\\s*น้อยกว่า\\s*${COUNT_PATTERN}\\s*(${COUNT_WORDS})`);
function targetQuantities(targets) {
	const out = [];
	for (const t of targets) {
		const m = AT_LEAST.exec(toArabicDigits(t));
		if (m) out.push({ qty: parseCount(m[1]), word: m[2] });
	}
	return out;
}
function lastTypedHeading(result) {
	let last = 0;
	for (const line of cellLines(result)) {
		const m = /^\*\*\s*([๐-๙\d]+)\.\s/.exec(line);
		if (m) last = Number(toArabicDigits(m[1]));
	}
	return last;
}
const sortKey = (r) => `${r.dates.find((d) => /^\d{4}-\d\d-\d\d$/.test(d)) ?? "9999"}|${r.timestamp}|${r.key}`;
function datesText(dates, style) {
	const shown = dates.map((d) => {
		const day = parseThaiDate(d);
		return day ? formatThaiDateShort(day, style) : d;
	});
	if (shown.length <= 1) return shown.join("");
	return `${shown.slice(0, -1).join(" ")} และ ${shown[shown.length - 1]}`;
}
const COMPLETE = "ดำเนินการแล้วเสร็จ";
function entryParagraphs(record, prefix, defaultWord, style) {
	const lines = cellLines(record.done);
	const out = [];
	lines.forEach((line, i) => out.push(...textParagraphs(i === 0 ? `${prefix}${line}` : line, style)));
	const meta = [];
	if (record.quantity !== null) meta.push(`จำนวน ${record.quantity} ${record.quantityWord || defaultWord}`.trim());
	if (record.dates.length > 0) meta.push(`วันที่ ${datesText(record.dates, style)}`);
	if (record.status !== "" && record.status !== COMPLETE) meta.push(`สถานะ${record.status}`);
	if (meta.length > 0) out.push(...textParagraphs(`(${meta.join(" ")})`, style));
	for (const link of record.evidence) {
		if (record.done.includes(link)) continue;
		out.push(...textParagraphs(link, style));
	}
	return out;
}
function bold(text) {
	const run = { text, bold: true };
	return { runs: [run] };
}
function rowContribution(row, records, units, style) {
	if (records.length === 0) return void 0;
	const targets = targetQuantities(row.targets);
	const words = [...new Set(targets.map((t) => t.word))];
	const defaultWord = words.length === 1 ? words[0] : "";
	const order = new Map(units.map((u, i) => [u.code, i]));
	const groups = new Map();
	for (const r of [...records].sort((a, b) => sortKey(a).localeCompare(sortKey(b))))
		groups.set(r.unit, [...groups.get(r.unit) ?? [], r]);
	const codes = [...groups.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
	const owners = resolveUnits(row.units, units);
	const singleOwner = !owners.all && owners.units.length === 1 ? owners.units[0].code : void 0;
	const headed = codes.length > 1 || singleOwner === void 0 || codes[0] !== singleOwner;
	const result = [];
	let n = lastTypedHeading(row.result);
	for (const code of codes) {
		const entries = groups.get(code);
		if (headed) {
			n++;
			const name = units.find((u) => u.code === code)?.name ?? code;
			result.push(bold(applyDigitStyle(`${n}. ${name}`, style)));
		}
		entries.forEach(
			(r, i) => result.push(...entryParagraphs(r, entries.length > 1 ? `(${i + 1}) ` : "", defaultWord, style))
		);
	}
	const sums = new Map();
	for (const r of records) {
		if (r.quantity === null) continue;
		const word = r.quantityWord || defaultWord;
		sums.set(word, (sums.get(word) ?? 0) + r.quantity);
	}
	const output = [];
	for (const [word, sum] of sums) {
		const total = Math.round(sum * 1e3) / 1e3;
		const target = targets.find((t) => t.word === word);
		const text = target ? `ดำเนินการรวม ${total} ${word} ${total >= target.qty ? "บรรลุค่าเป้าหมาย" : "ยังไม่บรรลุค่าเป้าหมาย"} (ไม่น้อยกว่า ${target.qty} ${word})` : `ดำเนินการรวม ${total} ${word}`.trim();
		output.push(...textParagraphs(text, style));
	}
	return { result, ...output.length > 0 ? { output } : {} };
}
function recordsByRow(workbook, records, round) {
	const rowIds = new Set(workbook.measures.map((m) => m.rowId));
	const codes = new Set(workbook.units.map((u) => u.value.code));
	const out = new Map();
	for (const r of records) {
		if (!usable(r, round) || !rowIds.has(r.rowId) || !codes.has(r.unit)) continue;
		out.set(r.rowId, [...out.get(r.rowId) ?? [], r]);
	}
	return out;
}
function mergeContribution(a, b) {
	if (!a) return b;
	if (!b) return a;
	const join = (x, y) => x || y ? [...x ?? [], ...y ?? []] : void 0;
	const out = {};
	const output = join(a.output, b.output);
	const outcome = join(a.outcome, b.outcome);
	const result = join(a.result, b.result);
	if (output) out.output = output;
	if (outcome) out.outcome = outcome;
	if (result) out.result = result;
	return out;
}
function ledgerContributions(workbook, config, records) {
	const units = workbook.units.map((u) => u.value);
	const byRow = recordsByRow(workbook, records, config.round);
	const out = new Map();
	for (const row of workbook.measures) {
		if (out.has(row.rowId)) continue;
		const c = rowContribution(row, byRow.get(row.rowId) ?? [], units, config.digitStyle);
		if (c) out.set(row.rowId, c);
	}
	return out;
}

function formStatuses(records, round) {
	const latest = new Map();
	for (const r of records) {
		if (!usable(r, round) || !KNOWN_STATUSES.has(r.status)) continue;
		const seen = latest.get(r.rowId);
		if (!seen || r.timestamp > seen.timestamp) latest.set(r.rowId, r);
	}
	return new Map([...latest].map(([rowId, r]) => [rowId, r.status]));
}

const QUESTION = {
	unit: "หน่วยงานที่รายงาน",
	row: "มาตรการ/ค่าเป้าหมาย",
	round: "รอบรายงาน",
	done: "สิ่งที่ดำเนินการ",
	dates: "วันที่ดำเนินการ",
	quantity: "จำนวนที่ทำได้",
	quantityWord: "หน่วยนับ",
	evidence: "ลิงก์หลักฐาน",
	status: "สถานะการดำเนินงาน"
};
const QUESTIONS = [
	{
		key: "unit",
		title: QUESTION.unit,
		kind: "list",
		required: true,
		help: "เลือกสำนัก/หน่วยของท่าน (๑ คำตอบ ต่อ ๑ หน่วยงาน ต่อ ๑ แถวมาตรการ)"
	},
	{
		key: "row",
		title: QUESTION.row,
		kind: "list",
		required: true,
		help: "เลือกมาตรการและค่าเป้าหมายที่รายงาน รหัสในวงเล็บเหลี่ยมท้ายตัวเลือกใช้เชื่อมกับแถวในสมุดงาน"
	},
	{
		key: "round",
		title: QUESTION.round,
		kind: "list",
		required: true,
		help: "รายงานรอบ ๑๒ เดือนรวมผลที่ส่งในรอบ ๖ เดือนแล้ว: ในรอบ ๑๒ เดือนให้ส่งเฉพาะกิจกรรมที่ยังไม่เคยรายงาน"
	},
	{
		key: "done",
		title: QUESTION.done,
		kind: "paragraph",
		required: true,
		help: "สรุปสิ่งที่ดำเนินการ ขึ้นบรรทัดใหม่ได้ ข้อความนี้จะพิมพ์ในช่องผลการดำเนินงานของรายงาน"
	},
	{
		key: "dates",
		title: QUESTION.dates,
		kind: "paragraph",
		required: false,
		help: "บรรทัดละ ๑ วัน เช่น ๒๘/๒/๒๕๖๗ หรือ ๒๘ ก.พ. ๒๕๖๗"
	},
	{
		key: "quantity",
		title: QUESTION.quantity,
		kind: "text",
		required: false,
		help: "ตัวเลขเท่านั้น เช่น ๒ (นำไปรวมกับหน่วยงานอื่นและเทียบกับค่าเป้าหมาย)"
	},
	{
		key: "quantityWord",
		title: QUESTION.quantityWord,
		kind: "text",
		required: false,
		help: "เช่น ครั้ง ช่องทาง เรื่อง คน (เว้นว่างได้ถ้าตรงกับค่าเป้าหมาย)"
	},
	{
		key: "evidence",
		title: QUESTION.evidence,
		kind: "paragraph",
		required: false,
		help: "ลิงก์ https:// บรรทัดละ ๑ ลิงก์ (ไฟล์ใน Google Drive ต้องเปิดให้ทุกคนที่มีลิงก์ดูได้)"
	},
	{ key: "status", title: QUESTION.status, kind: "list", required: true, help: "สถานะของงานตามแถวนี้ ณ วันที่รายงาน" }
];
const FORM_TITLE = "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)";
function formTitle(config) {
	if (!config) return FORM_TITLE;
	return applyDigitStyle(`${FORM_TITLE} ปีงบประมาณ ${config.fiscalYear} — ${config.agencyName}`, config.digitStyle);
}
const FORM_DESCRIPTION = "สำหรับสำนัก/หน่วยรายงานผลการดำเนินงานตามมาตรการ ๑ คำตอบต่อ ๑ กิจกรรม (ส่งหลายครั้งได้) คำตอบจะถูกรวบรวมเข้าช่องผลการดำเนินงานของแถวที่เลือกในรายงาน ไม่ต้องกรอกชื่อหรืออีเมล";
const FORM_CONFIRMATION = "บันทึกคำตอบแล้ว ขอบคุณครับ/ค่ะ ผลจะปรากฏในรายงานฉบับถัดไปที่สร้าง";
function roundChoices(style) {
	return [6, 12].map((r) => applyDigitStyle(`รอบ ${r} เดือน`, style));
}
const STATUS_CHOICES = STATUS_VALUES;
const ID_SUFFIX = /\[([^[\]]+)\]\s*$/;
function idFromLabel(label) {
	const m = ID_SUFFIX.exec(label.trim());
	return m ? m[1].trim() : void 0;
}
const LABEL_TEXT_MAX = 70;
function shorten(text, max = LABEL_TEXT_MAX) {
	const flat = text.replace(/\s+/g, " ").trim();
	if (flat.length <= max) return flat;
	const cut = flat.lastIndexOf(" ", max);
	return `${flat.slice(0, cut > max / 2 ? cut : max).trim()}…`;
}
function targetNumbers(rows) {
	const key = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
	const total = new Map();
	for (const r of rows) total.set(key(r), (total.get(key(r)) ?? 0) + r.targets.length);
	const seen = new Map();
	const out = new Map();
	for (const r of rows) {
		const first = (seen.get(key(r)) ?? 0) + 1;
		const last = first + r.targets.length - 1;
		seen.set(key(r), last);
		if ((total.get(key(r)) ?? 0) > 1) out.set(r, first === last ? `${first}` : `${first}–${last}`);
	}
	return out;
}
function rowLabels(workbook, style) {
	const numbers = targetNumbers(workbook.measures);
	const seen = new Set();
	const out = [];
	for (const row of workbook.measures) {
		if (seen.has(row.rowId)) continue;
		seen.add(row.rowId);
		const no = row.measureNo || `ประเด็น ${row.issueNo}`;
		const targets = numbers.get(row);
		const head = applyDigitStyle(targets ? `${no} ค่าเป้าหมาย ${targets}` : no, style);
		out.push({
			rowId: row.rowId,
			label: `${head}: ${applyDigitStyle(shorten(row.measureText), style)} [${row.rowId}]`
		});
	}
	return out;
}
function unitLabel(unit) {
	return `${unit.name} [${unit.code}]`;
}
function unitFromAnswer(answer, units) {
	const code = idFromLabel(answer);
	if (code !== void 0) {
		const byCode = units.find((u) => u.code === code);
		if (byCode) return byCode;
	}
	const text = answer.replace(ID_SUFFIX, "").trim();
	return units.find((u) => u.code === text) ?? units.find((u) => u.name === text) ?? units.find((u) => u.abbr !== "" && u.abbr === text);
}
function roundFromAnswer(answer) {
	const digits = toArabicDigits(answer).match(/\d+/g) ?? [];
	if (digits.length !== 1) return null;
	const n = Number(digits[0]);
	return n === 6 || n === 12 ? n : null;
}
function questionColumns(header) {
	const byTitle = new Map(QUESTIONS.map((q) => [normaliseHeader(q.title), q.key]));
	const out = {};
	header.forEach((cell, c) => {
		const key = byTitle.get(normaliseHeader(cell));
		if (key !== void 0) (out[key] ?? (out[key] = [])).push(c);
	});
	return out;
}

function rowCoverage(row, units, reported) {
	const { units: expected } = resolveUnits(row.units, units);
	const typed = (u) => {
		if (row.result === "") return false;
		if (expected.length === 1) return true;
		return row.result.includes(u.name) || u.abbr !== "" && row.result.includes(u.abbr);
	};
	return { expected, missing: expected.filter((u) => !reported.has(u.code) && !typed(u)) };
}
const zero = () => Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, 0]));
function progressOf(workbook, config, view) {
	const units = workbook.units.map((u) => u.value);
	const labels = new Map(rowLabels(workbook, config.digitStyle).map((l) => [l.rowId, l.label]));
	const seen = new Set();
	const rows = workbook.measures.filter((r) => seen.has(r.rowId) ? false : (seen.add(r.rowId), true));
	const byUnit = new Map(
		units.map((u) => [
			u.code,
			{
				code: u.code,
				name: u.name,
				email: u.email.trim(),
				choice: unitLabel(u),
				owed: 0,
				answered: 0,
				missing: [],
				lastAnswer: ""
			}
		])
	);
	for (const row of rows) {
		const { expected, missing } = rowCoverage(row, units, view.reported.get(row.rowId) ?? new Set());
		const gaps = new Set(missing.map((u) => u.code));
		for (const u of expected) {
			const p = byUnit.get(u.code);
			p.owed++;
			if (gaps.has(u.code)) p.missing.push({ rowId: row.rowId, label: labels.get(row.rowId) ?? row.rowId });
			else p.answered++;
		}
	}
	const rowIds = new Set(rows.map((r) => r.rowId));
	for (const r of view.records) {
		const p = byUnit.get(r.unit);
		if (!p || !rowIds.has(r.rowId) || !usable(r, config.round)) continue;
		if (r.timestamp > p.lastAnswer) p.lastAnswer = r.timestamp;
	}
	const statuses = formStatuses(view.records, config.round);
	const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
	const sections = new Map();
	const byStatus = zero();
	for (const row of rows) {
		const section = sections.get(row.heading) ?? {
			code: row.heading,
			title: headingText.get(row.heading) ?? row.heading,
			rows: 0,
			byStatus: zero()
		};
		sections.set(row.heading, section);
		const s = rowStatus(row, statuses);
		section.rows++;
		section.byStatus[s]++;
		byStatus[s]++;
	}
	const list = [...byUnit.values()];
	const owed = list.reduce((n, u) => n + u.owed, 0);
	const answered = list.reduce((n, u) => n + u.answered, 0);
	return {
		fiscalYear: config.fiscalYear,
		round: config.round,
		units: list,
		sections: [...sections.values()],
		totals: { owed, answered, missing: owed - answered },
		rows: rows.length,
		byStatus
	};
}
function percentAnswered(answered, owed) {
	return owed === 0 ? 100 : Math.round(answered / owed * 1e4) / 100;
}

function asText(s) {
	return fitCell(/^[=+\-@']/.test(s) ? `'${s}` : s);
}
const CELL_LIMIT = 5e4;
function fitCell(s) {
	if (s.length <= CELL_LIMIT) return s;
	let end = CELL_LIMIT - 1;
	if (/[\ud800-\udbff]/.test(s[end - 1])) end--;
	return `${s.slice(0, end)}…`;
}
function storedText(s) {
	return s.startsWith("'") ? s.slice(1) : s;
}

const lines = (s) => s.split(/[\n;]+/).map((l) => l.trim()).filter(Boolean);
const collapse = (s) => s.replace(/\s+/g, " ").trim();
const fail = (message) => ({ ok: false, message });
const ok = (value) => ({ ok: true, value });
function answerSchema(ctx) {
	return object({
		rowId: text$1().then((typed) => {
			const s = collapse(typed);
			if (s === "") return fail("ไม่ได้เลือกมาตรการ/ค่าเป้าหมาย");
			const id = idFromLabel(s) ?? ctx.labels?.get(s) ?? s;
			if (!ctx.rowIds.has(id)) {
				return fail(`ไม่พบแถวรหัส "${id}" ในชีตมาตรการแล้ว (แถวถูกลบหรือเปลี่ยนรหัส) — ให้หน่วยงานส่งคำตอบใหม่ หรือคืนรหัสแถวเดิม`);
			}
			return ok(id);
		}),
		round: text$1().then((s) => {
			const round = roundFromAnswer(s);
			if (round === null)
				return fail(s === "" ? "ไม่ได้เลือกรอบรายงาน" : `รอบรายงาน "${quoteStart(s)}" ต้องเป็นรอบ ๖ หรือ ๑๒ เดือน`);
			return ok(round);
		}),
		unit: text$1().then((s) => {
			const unit = unitFromAnswer(s, ctx.units);
			if (!unit) {
				return fail(
					s === "" ? "ไม่ได้เลือกหน่วยงาน" : `ไม่พบหน่วยงาน "${quoteStart(s)}" ในชีตหน่วยงาน — ตรวจสอบชื่อ/รหัสหน่วยงาน แล้วสั่งดึงคำตอบใหม่`
				);
			}
			return ok(unit.code);
		}),
		done: required("ไม่ได้กรอกสิ่งที่ดำเนินการ"),
		dates: text$1().map(lines),
		quantity: text$1().map((s) => toArabicDigits(s).replace(/,/g, "").trim()).check(
			(s) => s === "" || /^\d+(\.\d+)?$/.test(s) && Number.isFinite(Number(s)),
			"จำนวนที่ทำได้ต้องเป็นตัวเลข เช่น ๒ (ไม่นำไปรวมยอด)"
		).map((s) => s === "" ? null : Number(s)),
		quantityWord: text$1().map(collapse),
		evidence: text$1().map(lines),
		status: text$1().map(collapse)
	});
}
const schemas = new WeakMap();
function schemaFor(ctx) {
	let schema = schemas.get(ctx);
	if (!schema) schemas.set(ctx, schema = answerSchema(ctx));
	return schema;
}
const FIELD_QUESTION = {
	rowId: "row",
	round: "round",
	unit: "unit",
	done: "done",
	dates: "dates",
	quantity: "quantity",
	quantityWord: "quantityWord",
	evidence: "evidence",
	status: "status"
};
function normaliseAnswer(raw, ctx) {
	const schema = schemaFor(ctx);
	const errors = [];
	const warnings = [];
	const cells = new Map();
	for (const f of Object.keys(FIELD_QUESTION)) {
		const cell = readCell(raw[FIELD_QUESTION[f]]);
		cells.set(f, cell.text);
		if (cell.error) errors.push(`คำถาม "${QUESTION[FIELD_QUESTION[f]]}" มีค่าผิดพลาดจากสูตร "${cell.error}"`);
		else if (hasNotes(cell.notes))
			warnings.push(`คำถาม "${QUESTION[FIELD_QUESTION[f]]}": ${describeNotesTh(cell.notes)}`);
	}
	const text2 = (f) => cells.get(f) ?? "";
	const field = (f, fallback, reasons = errors) => {
		const result = schema.shape[f].parse(text2(f));
		if (result.ok) return result.value;
		reasons.push(result.message);
		return fallback(text2(f));
	};
	const rowId = field("rowId", (s) => idFromLabel(s) ?? ctx.labels?.get(collapse(s)) ?? collapse(s));
	const round = field("round", () => null);
	const unit = field("unit", (s) => s);
	const done = field("done", (s) => s);
	const quantity = field("quantity", () => null, warnings);
	const quantityWord = field("quantityWord", (s) => s);
	const evidence = field("evidence", lines);
	const status = field("status", collapse);
	const dates = field("dates", lines).map((typed) => {
		const date = parseThaiDate(typed);
		if (!date) {
			warnings.push(`อ่านวันที่ "${quoteStart(typed)}" ไม่ได้ — ใช้รูปแบบ ๒๘/๒/๒๕๖๗ หรือ ๒๘ ก.พ. ๒๕๖๗`);
			return typed;
		}
		const config = ctx.config;
		if (config && round !== null) {
			const { start, end } = roundPeriod(config.fiscalYear, round);
			if (compareDates(date, start) < 0 || compareDates(date, end) > 0)
				warnings.push(
					`วันที่ ${formatThaiDateShort(date)} อยู่นอกช่วงรอบ ${toThaiDigits(String(round))} เดือน (${formatThaiDateShort(start)} – ${formatThaiDateShort(end)})`
				);
		}
		return isoDate(date);
	});
	for (const link of evidence) {
		if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link))
			warnings.push(`"${link.slice(0, 60)}" ไม่ใช่ลิงก์ https:// — จะแสดงเป็นข้อความ`);
		else if (/^http:\/\//i.test(link)) warnings.push(`ลิงก์ "${link.slice(0, 60)}" ไม่ใช่ https`);
	}
	if (status !== "" && !STATUS_VALUES.includes(status))
		warnings.push(`สถานะ "${quoteStart(status)}" ไม่อยู่ในรายการ`);
	const check = errors.length > 0 ? "invalid" : warnings.length > 0 ? "warning" : "ok";
	return {
		rowId,
		round,
		unit,
		done,
		dates,
		quantity,
		quantityWord,
		evidence,
		status,
		check,
		reasons: [...errors, ...warnings]
	};
}

function hash53(text, seed = 0) {
	let h1 = 3735928559 ^ seed;
	let h2 = 1103547991 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
	h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
	h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
	h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
	const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return n.toString(16).padStart(14, "0");
}

const LEDGER_COLUMNS$1 = Object.keys(LEDGER_HEADER);
const LEDGER_HEADER_ROW = LEDGER_COLUMNS$1.map((c) => LEDGER_HEADER[c]);
const CHECK_TEXT = {
	ok: "ใช้ได้",
	warning: "ใช้ได้ (มีคำเตือน)",
	invalid: "ใช้ไม่ได้"
};
const CHECK_BACKGROUND = { ok: "#ffffff", warning: "#fff2cc", invalid: "#f4cccc" };
function timestampText(value) {
	if (Object.prototype.toString.call(value) === "[object Date]") {
		const d = value;
		if (Number.isNaN(d.getTime())) return "";
		const local = new Date(d.getTime() + 7 * 36e5);
		const p = (n) => String(n).padStart(2, "0");
		return `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}`;
	}
	return cellText$1(value);
}
function responseColumns(header) {
	if (!header) return null;
	const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
	const timestamp = header.findIndex((h) => stamps.includes(normaliseHeader(h)));
	const questions = questionColumns(header);
	if (timestamp === -1 || questions.row === void 0 || questions.unit === void 0) return null;
	return { timestamp, questions };
}
function rawFromLine(line, columns) {
	const raw = {};
	for (const q of QUESTIONS)
		raw[q.key] = (columns.questions[q.key] ?? []).map((c) => line[c]).find((v) => cellText$1(v) !== "") ?? "";
	return raw;
}
function fingerprintOf(timestamp, raw) {
	return hash53(JSON.stringify([timestamp, ...QUESTIONS.map((q) => cellText$1(raw[q.key]))]));
}
const CONTENT_KEY_PREFIX = "content:";
function recordFromSource(source, ctx) {
	if (isBlankSource(source)) return null;
	const timestamp = timestampText(source.timestamp);
	const fingerprint = fingerprintOf(timestamp, source.raw);
	return {
		key: source.responseId || CONTENT_KEY_PREFIX + fingerprint,
		sheet: source.sheet,
		row: source.row,
		timestamp,
		...normaliseAnswer(source.raw, ctx),
		excluded: false,
		fingerprint,
		editUrl: source.editUrl
	};
}
function sourceFromLine(sheet, row, line, columns) {
	return {
		responseId: "",
		sheet,
		row,
		timestamp: line[columns.timestamp],
		raw: rawFromLine(line, columns),
		editUrl: ""
	};
}
function isBlankSource(source) {
	return timestampText(source.timestamp) === "" && QUESTIONS.every((q) => cellText$1(source.raw[q.key]) === "");
}
function sourceFingerprint(source) {
	return fingerprintOf(timestampText(source.timestamp), source.raw);
}
function sourcesFromResponses(sheet, values) {
	const columns = responseColumns(values[0]);
	if (!columns) return [];
	const out = [];
	for (let r = 1; r < values.length; r++) {
		const source = sourceFromLine(sheet, r + 1, values[r], columns);
		if (!isBlankSource(source)) out.push(source);
	}
	return out;
}
function fromText(s) {
	return /^'[=+\-@']/.test(s) ? s.slice(1) : s;
}
function ledgerText(value) {
	return fromText(cellText$1(value));
}
function ledgerCells(record) {
	const cells = {
		key: record.key,
		sheet: record.sheet,
		row: record.row > 0 ? String(record.row) : "",
		timestamp: record.timestamp,
		rowId: record.rowId,
		round: record.round === null ? "" : String(record.round),
		unit: record.unit,
		done: record.done,
		dates: record.dates.join("\n"),
		quantity: record.quantity === null ? "" : String(record.quantity),
		quantityWord: record.quantityWord,
		evidence: record.evidence.join("\n"),
		status: record.status,
		check: CHECK_TEXT[record.check],
		reasons: record.reasons.join("\n"),
		exclude: record.excludeCell ?? (record.excluded ? "ไม่ใช้" : ""),
		fingerprint: record.fingerprint,
		editUrl: record.editUrl
	};
	return LEDGER_COLUMNS$1.map((c) => {
		const v = cells[c];
		return typeof v === "string" ? asText(v) : v;
	});
}
function isExcludeMark(value) {
	if (value === true) return true;
	if (value === false) return false;
	const s = cellText$1(value);
	return s !== "" && !/^(false|0|no|ใช้)$/i.test(s);
}
function ledgerColumnsOf(headerRow) {
	const header = headerRow.map(normaliseHeader);
	const col = {};
	for (const c of LEDGER_COLUMNS$1) col[c] = header.indexOf(normaliseHeader(LEDGER_HEADER[c]));
	return col;
}
function readLedger(values) {
	if (!values || values.length === 0) return { records: [], rows: [], headerOk: false };
	const col = ledgerColumnsOf(values[0]);
	const headerOk = LEDGER_COLUMNS$1.every((c, i) => col[c] === i);
	const records = [];
	const rows = [];
	const seen = new Set();
	const checkOf = new Map(Object.entries(CHECK_TEXT).map(([k, v]) => [v, k]));
	for (let r = 1; r < values.length; r++) {
		const line = values[r];
		if (!Array.isArray(line)) continue;
		const get = (c) => col[c] === -1 ? "" : fromText(cellText$1(line[col[c]]));
		const key = get("key");
		if (key === "" || seen.has(key)) continue;
		seen.add(key);
		const round = Number(get("round"));
		const quantity = get("quantity");
		const excludeCell = col.exclude === -1 ? "" : line[col.exclude];
		records.push({
			key,
			sheet: get("sheet"),
			row: Number(get("row")) || 0,
			timestamp: get("timestamp"),
			rowId: get("rowId"),
			round: round === 6 || round === 12 ? round : null,
			unit: get("unit"),
			done: get("done"),
			dates: cellLines(get("dates")),
			quantity: quantity === "" || !Number.isFinite(Number(quantity)) ? null : Number(quantity),
			quantityWord: get("quantityWord"),
			evidence: cellLines(get("evidence")),
			status: get("status"),
			check: checkOf.get(get("check")) ?? "invalid",
			reasons: cellLines(get("reasons")),
			excluded: isExcludeMark(excludeCell),
			excludeCell: excludeCell === "" ? void 0 : excludeCell,
			fingerprint: get("fingerprint"),
			editUrl: get("editUrl")
		});
		rows.push(r + 1);
	}
	return { records, rows, headerOk };
}

function readSurveyLinks(data) {
	if (!data) return { links: [], findings: [] };
	const table = readTable(SHEET.surveys, data, SURVEY_HEADER, ["rowId", "sheet"]);
	const links = [];
	for (const r of table.rows) {
		links.push({
			row: r.row,
			rowId: r.text.rowId,
			sheet: r.text.sheet,
			questions: cellLines(r.text.questions),
			label: r.text.label.replace(/\s+/g, " ")
		});
	}
	return { links, findings: table.findings.map((f) => ({ ...f, severity: "warning" })) };
}
const LIKERT_WORDS = [
	[/^มากที่สุด/, 5],
	[/^น้อยที่สุด/, 1],
	[/^มาก/, 4],
	[/^ปานกลาง/, 3],
	[/^น้อย/, 2]
];
function likertValue(value) {
	if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
	const text = cellText$1(value).replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 3664));
	if (text === "") return null;
	const m = /^([1-5])(?![\d.])/.exec(text);
	if (m) return Number(m[1]);
	for (const [re, n] of LIKERT_WORDS) if (re.test(text)) return n;
	return null;
}
function aggregateSurvey(link, values, period) {
	const result = {
		link,
		sheetMissing: !values,
		missingQuestions: [],
		questions: [],
		respondents: 0,
		answers: 0,
		sum: 0,
		topTwo: 0
	};
	if (!values || values.length === 0) return result;
	const header = values[0].map(normaliseHeader);
	const body = values.slice(1);
	const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
	const stampCol = header.findIndex((h) => stamps.includes(h));
	let columns;
	if (link.questions.length > 0) {
		columns = [];
		for (const q of link.questions) {
			const c = header.indexOf(normaliseHeader(q));
			if (c === -1) result.missingQuestions.push(q);
			else columns.push(c);
		}
	} else {
		columns = header.map((_, c) => c).filter((c) => c !== stampCol).filter((c) => {
			const filled = body.map((line) => line[c]).filter((v) => cellText$1(v) !== "");
			return filled.length > 0 && filled.every((v) => likertValue(v) !== null);
		});
	}
	result.questions = columns.map((c) => cellText$1(values[0][c]));
	const bounds = period ? roundPeriod(period.fiscalYear, period.round) : null;
	for (const line of body) {
		if (bounds && stampCol !== -1) {
			const day = parseThaiDate(line[stampCol]);
			if (day && (compareDates(day, bounds.start) < 0 || compareDates(day, bounds.end) > 0)) continue;
		}
		let answered = false;
		for (const c of columns) {
			const v = likertValue(line[c]);
			if (v === null) continue;
			answered = true;
			result.answers++;
			result.sum += v;
			if (v >= 4) result.topTwo++;
		}
		if (answered) result.respondents++;
	}
	return result;
}
function twoDecimals(numerator, denominator) {
	const hundredths = Math.round(numerator * 100 / denominator + 1e-9);
	return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}
const withGrouping = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
function surveyParagraphs(result, style) {
	const label = result.link.label;
	const lead = (s) => label ? `${label} ${s}` : s;
	if (result.respondents === 0) return { output: textParagraphs(lead("ยังไม่มีผู้ตอบแบบประเมิน"), style), outcome: [] };
	const output = `ผู้ตอบแบบประเมิน ${withGrouping(result.respondents)} คน`;
	const outcome = `ร้อยละ ${twoDecimals(result.topTwo * 100, result.answers)} (ค่าเฉลี่ย ${twoDecimals(result.sum, result.answers)} จาก 5)`;
	return {
		output: textParagraphs(applyDigitStyle(lead(output), style), style),
		outcome: textParagraphs(applyDigitStyle(lead(outcome), style), style)
	};
}

function formSheetNames(data, rowIds) {
	const { links } = readSurveyLinks(data[SHEET.surveys]);
	const wanted = rowIds ? links.filter((l) => rowIds.has(l.rowId)) : links;
	return [SHEET.ledger, SHEET.surveys, ...new Set(wanted.map((l) => l.sheet).filter(Boolean))];
}
function formView(data, workbook, config) {
	const ledgerData = data[SHEET.ledger];
	const surveyData = data[SHEET.surveys];
	const view = {
		inUse: ledgerData !== void 0 || surveyData !== void 0,
		progressFormInUse: ledgerData !== void 0,
		records: [],
		surveys: [],
		contributions: new Map(),
		reported: new Map(),
		findings: []
	};
	if (!view.inUse) return view;
	const ledger = readLedger(ledgerData?.values);
	view.records = ledger.records;
	const rowIds = new Set(workbook.measures.map((m) => m.rowId));
	const codes = new Set(workbook.units.map((u) => u.value.code));
	const checkColumn = LEDGER_COLUMNS$1.indexOf("check") + 1;
	const flag = (i, th, en) => view.findings.push({
		severity: "warning",
		rule: "form-answer-flagged",
		sheet: SHEET.ledger,
		row: ledger.rows[i],
		column: checkColumn,
		header: LEDGER_HEADER.check,
		messageTh: th,
		messageEn: en
	});
	ledger.records.forEach((r, i) => {
		if (r.excluded) return;
		const at = r.row > 0 ? `แถว ${toThaiDigits(String(r.row))}` : "ไม่อยู่ในชีตนั้นแล้ว";
		const where = `คำตอบแบบฟอร์ม (ชีต "${r.sheet}" ${at})`;
		if (r.check !== "ok") {
			const what = r.check === "invalid" ? "ไม่ถูกนำเข้ารายงาน" : "นำเข้ารายงานแล้วแต่มีคำเตือน";
			flag(
				i,
				`${where} ${what}: ${r.reasons.join(" / ")}`,
				`Form answer ${r.key} is ${r.check}: ${r.reasons.length} reason(s).`
			);
		} else if (!rowIds.has(r.rowId)) {
			flag(
				i,
				`${where} อ้างถึงแถวรหัส "${r.rowId}" ที่ไม่มีในชีตมาตรการแล้ว — ไม่ถูกนำเข้ารายงาน`,
				`Form answer ${r.key} names an unknown row ${r.rowId}.`
			);
		} else if (!codes.has(r.unit)) {
			flag(
				i,
				`${where} มาจากหน่วยงาน "${r.unit}" ที่ไม่มีในชีตหน่วยงานแล้ว — ไม่ถูกนำเข้ารายงาน`,
				`Form answer ${r.key} names an unknown unit ${r.unit}.`
			);
		}
	});
	if (!config) return view;
	view.contributions = ledgerContributions(workbook, config, ledger.records);
	for (const [rowId, records] of recordsByRow(workbook, ledger.records, config.round))
		view.reported.set(rowId, new Set(records.map((r) => r.unit)));
	const { links, findings } = readSurveyLinks(surveyData);
	view.findings.push(...findings);
	const surveyFinding = (row, column, rule, th, en) => view.findings.push({
		severity: "warning",
		rule,
		sheet: SHEET.surveys,
		row,
		column: Object.keys(SURVEY_HEADER).indexOf(column) + 1,
		header: SURVEY_HEADER[column],
		messageTh: th,
		messageEn: en
	});
	for (const link of links) {
		if (!rowIds.has(link.rowId)) {
			surveyFinding(
				link.row,
				"rowId",
				"survey-row-unknown",
				`ไม่พบแถวรหัส "${link.rowId}" ในชีตมาตรการ — ผลแบบประเมินนี้จะไม่อยู่ในรายงาน`,
				`Survey row id ${link.rowId} is unknown.`
			);
			continue;
		}
		const result = aggregateSurvey(link, data[link.sheet]?.values, {
			fiscalYear: config.fiscalYear,
			round: config.round
		});
		view.surveys.push(result);
		if (result.sheetMissing) {
			surveyFinding(
				link.row,
				"sheet",
				"survey-sheet-missing",
				`ไม่พบชีตคำตอบ "${link.sheet}" ในสมุดงานนี้ — ตั้งปลายทางคำตอบของแบบประเมินมาที่สมุดงานนี้ แล้วใส่ชื่อแท็บให้ตรง`,
				`Survey sheet "${link.sheet}" not found.`
			);
			continue;
		}
		if (result.missingQuestions.length > 0)
			surveyFinding(
				link.row,
				"questions",
				"survey-question-missing",
				`ไม่พบคำถาม ${result.missingQuestions.map((q) => `"${q}"`).join(", ")} ในชีต "${link.sheet}"`,
				`Survey questions not found: ${result.missingQuestions.join(", ")}.`
			);
		if (result.questions.length === 0)
			surveyFinding(
				link.row,
				"questions",
				"survey-no-questions",
				`ไม่พบคำถามแบบมาตรวัด ๑–๕ ในชีต "${link.sheet}" — ระบุหัวคอลัมน์ของคำถามในช่องนี้ บรรทัดละ ๑ คำถาม`,
				"No Likert 1-5 question found."
			);
		else if (result.respondents === 0)
			surveyFinding(
				link.row,
				"sheet",
				"survey-no-answers",
				`แบบประเมินในชีต "${link.sheet}" ยังไม่มีผู้ตอบในรอบ ${toThaiDigits(String(config.round))} เดือน`,
				"The survey has no answers for the round."
			);
		const p = surveyParagraphs(result, config.digitStyle);
		view.contributions.set(link.rowId, mergeContribution(view.contributions.get(link.rowId), p));
	}
	return view;
}
function completenessFindings(workbook, config, view) {
	if (!view.progressFormInUse) return [];
	const units = workbook.units.map((u) => u.value);
	const findings = [];
	const column = workbook.columns.measures.units ?? 0;
	for (const row of workbook.measures) {
		const { expected, missing } = rowCoverage(row, units, view.reported.get(row.rowId) ?? new Set());
		if (missing.length === 0) continue;
		const rounds = roundsIn(config.round).map((r) => toThaiDigits(String(r))).join(" หรือ ");
		findings.push({
			severity: "warning",
			rule: "unit-not-reported",
			sheet: SHEET.measures,
			row: row.row,
			column,
			header: MEASURE_HEADER.units,
			messageTh: `ยังไม่ได้รับรายงานผลรอบ ${rounds} เดือนจาก ${missing.map((u) => u.name).join(", ")} (${toThaiDigits(String(expected.length - missing.length))} จาก ${toThaiDigits(String(expected.length))} หน่วยงาน) — ให้หน่วยงานตอบแบบฟอร์มรายงานผล หรือกรอกผลในแถวนี้`,
			messageEn: `Not reported for the round by ${missing.map((u) => u.code).join(", ")}.`
		});
	}
	return findings;
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*):/i;
const HTTP = /^(https?):\/\/([^/?#]*)([^#]*)/i;
function httpParts(url) {
	const m = HTTP.exec(url.trim());
	if (!m || m[2] === "") return void 0;
	const host = m[2].replace(/^[^@]*@/, "").toLowerCase();
	return { scheme: m[1].toLowerCase(), host, rest: m[3] === "" ? "/" : m[3].startsWith("/") ? m[3] : `/${m[3]}` };
}
function schemeOf(url) {
	return ABSOLUTE.exec(url.trim())?.[1].toLowerCase();
}
function linkKey(url) {
	const p = httpParts(url);
	return p ? `${p.scheme}://${p.host}${p.rest}` : url.trim();
}
function siteOf(host) {
	return host.replace(/:\d+$/, "").replace(/^www\./, "");
}
function onSite(host, site) {
	const h = siteOf(host);
	const s = siteOf(site);
	return h === s || h.endsWith(`.${s}`);
}
function resolveLocation(base, location) {
	const loc = location.trim();
	if (schemeOf(loc)) return loc;
	const b = httpParts(base);
	if (!b) return loc;
	if (loc.startsWith("//")) return `${b.scheme}:${loc}`;
	const origin = `${b.scheme}://${b.host}`;
	if (loc.startsWith("/")) return origin + normalisePath(loc);
	const path = b.rest.replace(/[?#].*$/, "");
	if (loc.startsWith("?")) return origin + path + loc;
	return origin + normalisePath(path.replace(/[^/]*$/, "") + loc);
}
function normalisePath(pathAndQuery) {
	const q = pathAndQuery.search(/[?#]/);
	const path = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
	const tail = q === -1 ? "" : pathAndQuery.slice(q);
	const out = [];
	for (const seg of path.split("/").slice(1)) {
		if (seg === "..") out.pop();
		else if (seg !== ".") out.push(seg);
	}
	const last = path.split("/").pop();
	if (last === "." || last === "..") out.push("");
	return `/${out.join("/")}${tail}`;
}

const MEASURE_COLUMNS = ["evidence", "output", "outcome", "result"];
const LEDGER_COLUMNS = ["evidence", "done"];
function mainWebsite(data) {
	const label = normaliseHeader(MAIN_WEBSITE_LABEL);
	for (const [r, line] of (data[SHEET.config]?.values ?? []).entries()) {
		if (!Array.isArray(line) || normaliseHeader(line[0]) !== label) continue;
		return cellText$1(data[SHEET.config]?.links?.[r]?.[1]) || cellText$1(line[1]);
	}
	return "";
}
function readLinkSources(data) {
	const targets = new Map();
	const add = (url, use) => {
		const key = linkKey(url);
		const target = targets.get(key) ?? { url, uses: [] };
		targets.set(key, target);
		if (!target.uses.some((u) => u.sheet === use.sheet && u.key === use.key && u.header === use.header))
			target.uses.push(use);
	};
	const headings = readTable(SHEET.headings, data[SHEET.headings], HEADING_HEADER, ["code"]);
	const oitCodes = new Set(
		headings.rows.filter((h) => h.text.tool.trim().toUpperCase() === "OIT").map((h) => h.text.code)
	);
	const measures = readTable(SHEET.measures, data[SHEET.measures], MEASURE_HEADER, ["rowId"]);
	const oitRows = new Set();
	for (const row of measures.rows) {
		const key = row.text.rowId;
		if (key === "") continue;
		const oit = oitCodes.has(row.text.heading);
		if (oit) oitRows.add(key);
		for (const column of MEASURE_COLUMNS) {
			const text = [row.text[column], row.link[column] ?? ""].join("\n");
			for (const m of findUrls(text)) add(m.url, { sheet: SHEET.measures, key, header: MEASURE_HEADER[column], oit });
		}
	}
	const ledger = readLedger(data[SHEET.ledger]?.values);
	for (const record of ledger.records) {
		if (record.excluded) continue;
		const oit = oitRows.has(record.rowId);
		for (const column of LEDGER_COLUMNS) {
			const text = column === "evidence" ? record.evidence.join("\n") : record.done;
			for (const m of findUrls(text))
				add(m.url, { sheet: SHEET.ledger, key: record.key, header: LEDGER_HEADER[column], oit });
		}
	}
	return { targets: [...targets.values()], measures, ledger };
}

const STATUS_TH = {
	ok: "เปิดได้",
	moved: "ย้ายที่แล้ว",
	"not-found": "ไม่พบหน้า (404)",
	"server-error": "เซิร์ฟเวอร์ขัดข้อง",
	"http-error": "เปิดไม่ได้",
	timeout: "หมดเวลารอ",
	refused: "เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ",
	unreachable: "ติดต่อเซิร์ฟเวอร์ไม่ได้",
	"too-many-redirects": "เปลี่ยนเส้นทางวนซ้ำ/มากเกินไป",
	"bad-scheme": "ไม่ใช่ลิงก์เว็บ (http/https)",
	restricted: "จำกัดสิทธิ์ (ผู้ประเมินเปิดไม่ได้)",
	"domain-only": "เปิดได้เฉพาะในองค์กร",
	"no-access": "บัญชีที่ตรวจเปิดไม่ได้",
	pending: "ยังไม่ได้ตรวจ"
};
function statusFromTh(text) {
	for (const [k, v] of Object.entries(STATUS_TH)) if (v === text) return k;
	return void 0;
}
function isOpenable(status) {
	return status === "ok" || status === "moved";
}

const LINK_SHEET_HEADER = [
	"ลิงก์",
	"ชีต",
	"รหัสแถว/คีย์คำตอบ",
	"คอลัมน์",
	"สถานะ",
	"รายละเอียด",
	"ที่อยู่ปลายทาง",
	"หมายเหตุ",
	"ตรวจเมื่อ"
];
const COL = { url: 0, sheet: 1, key: 2, header: 3, status: 4, detail: 5, finalUrl: 6, note: 7, checkedAt: 8 };
const BANGKOK_MS = 7 * 36e5;
function checkedAtText(ms) {
	if (!ms) return "";
	const d = new Date(ms + BANGKOK_MS);
	const p = (n) => String(n).padStart(2, "0");
	return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
function checkedAtMs(value) {
	if (Object.prototype.toString.call(value) === "[object Date]") return value.getTime();
	const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))?$/.exec(cellText$1(value));
	if (!m) return 0;
	return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) - BANGKOK_MS;
}
function offSiteNote(url, use, site) {
	const siteHost = httpParts(site)?.host ?? httpParts(`https://${site}`)?.host;
	const host = httpParts(url)?.host;
	if (!use.oit || !siteHost || !host || onSite(host, siteHost)) return "";
	return `ข้อ OIT ควรใช้ลิงก์บนเว็บไซต์หลักของหน่วยงาน (${siteHost}) — ลิงก์นี้อยู่ที่ ${host}`;
}
function linkSheetRows(targets, results, site) {
	const rows = [[...LINK_SHEET_HEADER]];
	for (const t of targets) {
		const r = results.get(linkKey(t.url)) ?? { url: t.url, status: "pending", detail: "", checkedAt: 0 };
		for (const use of t.uses) {
			rows.push([
				t.url,
				use.sheet,
				use.key,
				use.header,
				STATUS_TH[r.status],
				r.detail,
				r.finalUrl ?? "",
				offSiteNote(t.url, use, site),
				checkedAtText(r.checkedAt)
			]);
		}
	}
	return rows;
}
function readLinkSheet(values) {
	if (!values || values.length === 0) return [];
	const header = values[0].map(normaliseHeader);
	if (!LINK_SHEET_HEADER.every((h, i) => header[i] === normaliseHeader(h))) return [];
	const out = [];
	for (const line of values.slice(1)) {
		const get = (c) => cellText$1(line[c]);
		const url = get(COL.url);
		const status = statusFromTh(get(COL.status));
		if (url === "" || !status) continue;
		const finalUrl = get(COL.finalUrl);
		out.push({
			use: { sheet: get(COL.sheet), key: get(COL.key), header: get(COL.header) },
			result: {
				url,
				status,
				detail: get(COL.detail),
				...finalUrl ? { finalUrl } : {},
				checkedAt: status === "pending" ? 0 : checkedAtMs(line[COL.checkedAt])
			},
			note: get(COL.note)
		});
	}
	return out;
}

const useKey = (url, sheet, key, header) => `${linkKey(url)}\0${sheet}\0${key}\0${header}`;
function linkFindings(data) {
	const rows = readLinkSheet(data[SHEET.links]?.values);
	if (rows.length === 0) return [];
	const sources = readLinkSources(data);
	const current = new Set();
	for (const t of sources.targets) for (const u of t.uses) current.add(useKey(t.url, u.sheet, u.key, u.header));
	const cells = cellFinder(sources);
	const out = [];
	for (const { use, result, note } of rows) {
		if (!current.has(useKey(result.url, use.sheet, use.key, use.header))) continue;
		const at = cells(use.sheet, use.key, use.header);
		if (!at) continue;
		const problem = result.status !== "pending" && (!isOpenable(result.status) || result.status === "moved");
		const url = result.url.length > 90 ? `${result.url.slice(0, 90)}…` : result.url;
		if (problem) {
			out.push({
				severity: "warning",
				rule: `link-${result.status}`,
				...at,
				header: use.header,
				messageTh: `ลิงก์ ${url} — ${STATUS_TH[result.status]}: ${result.detail} (ผลจากชีต "${SHEET.links}")`,
				messageEn: `Link ${result.url}: ${result.status}`
			});
		}
		if (note) {
			out.push({
				severity: "warning",
				rule: "link-off-site",
				...at,
				header: use.header,
				messageTh: `ลิงก์ ${url} — ${note}`,
				messageEn: `OIT link off the main website: ${result.url}`
			});
		}
	}
	return out;
}
function cellFinder({
	measures,
	ledger
}) {
	const measureRow = new Map();
	for (const r of measures.rows)
		if (r.text.rowId !== "" && !measureRow.has(r.text.rowId)) measureRow.set(r.text.rowId, r.row);
	const measureColumn = new Map(
		Object.entries(MEASURE_HEADER).map(([k, h]) => [h, measures.columns[k]])
	);
	const ledgerRow = new Map(ledger.records.map((r, i) => [r.key, ledger.rows[i]]));
	const ledgerColumn = new Map(Object.values(LEDGER_HEADER).map((h, i) => [h, i + 1]));
	return (sheet, key, header) => {
		const row = sheet === SHEET.measures ? measureRow.get(key) : sheet === SHEET.ledger ? ledgerRow.get(key) : void 0;
		const column = sheet === SHEET.measures ? measureColumn.get(header) : sheet === SHEET.ledger ? ledgerColumn.get(header) : void 0;
		return row && column ? { sheet, row, column } : void 0;
	};
}

const DEADLINE_LABEL = "กำหนดส่งผลการดำเนินงาน";
const AUTO_REMIND_LABEL = "เตือนอัตโนมัติทุกสัปดาห์";
const YES = new Set(["ใช่", "yes", "true", "เปิด"]);
const NO = new Set(["", "ไม่", "no", "false", "ปิด"]);
function scanConfig(values) {
	const out = { deadline: null, auto: false, issues: [] };
	let autoRow = 0;
	for (const [r, line] of (values ?? []).entries()) {
		const label = normaliseHeader(line[0]);
		const raw = line[1];
		if (label === normaliseHeader(DEADLINE_LABEL) && cellText$1(raw).trim() !== "") {
			out.deadline = parseThaiDate(raw);
			if (!out.deadline)
				out.issues.push({
					row: r + 1,
					messageTh: `"${DEADLINE_LABEL}" ต้องเป็นวันที่ เช่น 30/9/2567 (ได้รับ "${cellText$1(raw)}")`
				});
		}
		if (label === normaliseHeader(AUTO_REMIND_LABEL)) {
			autoRow = r + 1;
			const word = cellText$1(raw).trim().toLowerCase();
			if (YES.has(word)) out.auto = true;
			else if (!NO.has(word))
				out.issues.push({ row: r + 1, messageTh: `"${AUTO_REMIND_LABEL}" ต้องเป็น ใช่ หรือ ไม่ (ได้รับ "${cellText$1(raw)}")` });
		}
	}
	if (out.auto && !out.deadline && out.issues.length === 0)
		out.issues.push({
			row: autoRow,
			messageTh: `เปิด "${AUTO_REMIND_LABEL}" ไว้ แต่ยังไม่ได้กรอก "${DEADLINE_LABEL}" — การเตือนอัตโนมัติจะเริ่มเมื่อกรอกกำหนดส่งแล้ว`
		});
	return out;
}
function readReminderConfig(values) {
	const { deadline, auto, issues } = scanConfig(values);
	return { deadline, auto, problems: issues.map((i) => `ชีต "${SHEET.config}" แถว ${i.row}: ${i.messageTh}`) };
}
function reminderConfigFindings(values) {
	return scanConfig(values).issues.map((i) => ({
		severity: "warning",
		rule: "reminder-config",
		sheet: SHEET.config,
		row: i.row,
		column: 2,
		header: "ค่า",
		messageTh: i.messageTh,
		messageEn: "A reminder config row (deadline or weekly switch) cannot be read."
	}));
}
function dayKey(d) {
	return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
const LOG_HEADER = ["เวลา", "รหัสหน่วยงาน", "หน่วยงาน", "อีเมล", "แถวที่ยังไม่รายงาน", "ผล"];
const RESULT = {
	sending: "กำลังส่ง",
	sent: "ส่งแล้ว",
	failed: "ส่งไม่สำเร็จ",
	noEmail: "ไม่ได้ส่ง: ไม่มีอีเมลผู้ประสานงานในชีตหน่วยงาน",
	overQuota: "ไม่ได้ส่ง: โควตาอีเมลของวันนี้ไม่พอ — ส่งอีกครั้งพรุ่งนี้"
};
function todaysStates(lines, today) {
	const out = new Map();
	for (const l of lines) {
		if (l.day !== today || l.code === "") continue;
		if (l.result === RESULT.sent) out.set(l.code, "sent");
		else if (l.result === RESULT.sending) out.set(l.code, out.get(l.code) === "sent" ? "sent" : "maybe-sent");
		else if (l.result.startsWith(RESULT.failed) && out.get(l.code) !== "sent") out.set(l.code, "failed");
	}
	return out;
}
function planReminders(units, today, quota) {
	const plan = {
		send: [],
		noEmail: [],
		alreadySent: [],
		overQuota: [],
		complete: 0,
		quota: Math.max(0, quota)
	};
	for (const u of units) {
		if (u.missing.length === 0) plan.complete++;
		else if (u.email === "") plan.noEmail.push(u);
		else if (today.get(u.code) === "sent" || today.get(u.code) === "maybe-sent") plan.alreadySent.push(u);
		else if (plan.send.length < plan.quota) plan.send.push(u);
		else plan.overQuota.push(u);
	}
	return plan;
}
function rowIdsText(u) {
	return u.missing.map((m) => m.rowId).join(", ");
}

const CROSS_ROW_RULES = [referencesRule, issueSequenceRule];
const ROW_RULES = [
	measureNumberingRule,
	resultsRule,
	targetQuantityRule,
	enumeratedCountRule,
	evidenceLinksRule,
	activityDatesRule,
	textLintRule
];
function validateWorkbookData(data) {
	const workbook = parseWorkbook(data);
	return validateParsed(workbook, data, crossRowMeasures(workbook.measures, data[SHEET.measures]?.values));
}
function validateParsed(workbook, formData = {}, crossRowMeasures2 = workbook.measures) {
	const findings = [...workbook.findings];
	const forms = formView(formData, workbook, workbook.config);
	const supplied = (rowId, column) => (forms.contributions.get(rowId)?.[column]?.length ?? 0) > 0;
	const ctx = { ...createContext(workbook, findings), supplied };
	const crossRow = crossRowMeasures2 === workbook.measures ? ctx : { ...ctx, workbook: { ...workbook, measures: [...crossRowMeasures2] } };
	for (const rule of CROSS_ROW_RULES) rule(crossRow);
	for (const rule of ROW_RULES) rule(ctx);
	findings.push(...forms.findings);
	if (workbook.config) findings.push(...completenessFindings(workbook, workbook.config, forms));
	findings.push(...linkFindings(formData));
	findings.push(...reminderConfigFindings(formData[SHEET.config]?.values));
	if (workbook.measures.length === 0 && findings.every((f) => f.sheet !== SHEET.measures)) {
		findings.push({
			severity: "error",
			rule: "no-measures",
			sheet: SHEET.measures,
			row: 0,
			column: 0,
			header: "",
			messageTh: `ยังไม่มีมาตรการในชีต "${SHEET.measures}" — กรอกอย่างน้อย ๑ แถว`,
			messageEn: "The measures sheet has no rows."
		});
	}
	const sorted = sortFindings(findings, DATA_SHEETS);
	return { workbook, findings: sorted, ...countBySeverity(sorted), contributions: forms.contributions };
}

function sideSheetSources(name) {
	const small = DATA_SHEETS.filter((s) => s !== SHEET.measures);
	return name === SHEET.config ? [...small, SHEET.links] : small;
}
function validateSideSheet(data, name) {
	const findings = [
		...parseWorkbook(data).findings,
		...linkFindings(data),
		...reminderConfigFindings(data[SHEET.config]?.values)
	];
	return sortFindings(
		findings.filter((f) => f.sheet === name),
		DATA_SHEETS
	);
}

const ACTION_LOCK_MS = 3e4;
const EDIT_LOCK_MS = 2e3;
const BUSY_TH = "มีการตรวจสอบข้อมูลหรือบันทึกคำตอบแบบฟอร์มอยู่ในขณะนี้ (อาจเป็นของผู้ใช้อื่น) รอแล้วยังไม่เสร็จ — ยังไม่มีการเปลี่ยนแปลงใด ๆ โปรดลองสั่งอีกครั้งในอีกสักครู่";
class LockBusyError extends Error {
	constructor() {
		super(BUSY_TH);
		this.name = "LockBusyError";
	}
}
let heldHere = false;
function withDocumentLock(timeoutMs, section) {
	if (heldHere) return { ok: true, value: section() };
	const lock = LockService.getDocumentLock();
	if (!lock || !lock.tryLock(timeoutMs)) return { ok: false };
	heldHere = true;
	try {
		return { ok: true, value: section() };
	} finally {
		heldHere = false;
		try {
			SpreadsheetApp.flush();
		} finally {
			lock.releaseLock();
		}
	}
}

const ERROR_BACKGROUND = "#f4cccc";
const WARNING_BACKGROUND = "#fff2cc";
const NOTE_MARKER = "⚠ ผลการตรวจสอบ ITA:";
const NO_FILL = "#ffffff";
const ORIGINAL_LINE = /\n\(สีพื้นเดิม (#[0-9a-f]{6})\)\s*$/i;
const isMarkColour = (bg) => {
	const c = bg.toLowerCase();
	return c === ERROR_BACKGROUND || c === WARNING_BACKGROUND;
};
const isColour = (s) => /^#[0-9a-f]{6}$/i.test(s);
function stripOurNote(note) {
	const at = note.indexOf(NOTE_MARKER);
	return at === -1 ? note : note.slice(0, at).replace(/\s+$/, "");
}
function noteOriginal(note) {
	const at = note.indexOf(NOTE_MARKER);
	if (at === -1) return void 0;
	const m = ORIGINAL_LINE.exec(note.slice(at));
	return m ? m[1].toLowerCase() : void 0;
}
function ourSection(list, original) {
	const lines = list.map((f) => `• ${f.severity === "error" ? "ข้อผิดพลาด" : "คำเตือน"}: ${f.messageTh}`);
	return `${NOTE_MARKER}
${lines.join("\n")}
(สีพื้นเดิม ${original})`;
}
function remarkBlock(block, findings, keyOf, memory) {
	const rows = block.backgrounds.length;
	const cols = rows ? block.backgrounds[0].length : 0;
	const backgrounds = [];
	const notes = [];
	const during = new Map();
	const after = new Map();
	for (let r = 0; r < rows; r++) {
		backgrounds.push([]);
		notes.push([]);
		for (let c = 0; c < cols; c++) {
			const note = block.notes[r][c];
			const bg = block.backgrounds[r][c].toLowerCase();
			let base = bg;
			if (isMarkColour(bg)) {
				const key = keyOf(block.top + r, block.left + c);
				const remembered = key === void 0 ? void 0 : memory.get(key);
				const hasOurNote = note.includes(NOTE_MARKER);
				if (hasOurNote || remembered !== void 0) {
					base = (hasOurNote ? noteOriginal(note) : void 0) ?? remembered ?? NO_FILL;
					if (key !== void 0) during.set(key, { original: base, column: block.left + c });
				}
			}
			backgrounds[r].push(base === NO_FILL ? null : base);
			notes[r].push(stripOurNote(note));
		}
	}
	const notesFirst = block.notes.map((line) => [...line]);
	const byCell = new Map();
	for (const f of findings) {
		const r = f.row - block.top;
		const c = f.column - block.left;
		if (f.row === 0 || f.column === 0 || r < 0 || r >= rows || c < 0 || c >= cols) continue;
		const at = `${r},${c}`;
		byCell.set(at, [...byCell.get(at) ?? [], f]);
	}
	for (const [at, list] of byCell) {
		const [r, c] = at.split(",").map(Number);
		list.sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
		const original = backgrounds[r][c] ?? NO_FILL;
		const key = keyOf(block.top + r, block.left + c);
		if (key !== void 0) {
			during.set(key, { original, column: block.left + c });
			after.set(key, { original, column: block.left + c });
		}
		backgrounds[r][c] = list[0].severity === "error" ? ERROR_BACKGROUND : WARNING_BACKGROUND;
		const ours = ourSection(list, original);
		notes[r][c] = notes[r][c] ? `${notes[r][c]}

${ours}` : ours;
		notesFirst[r][c] = notes[r][c];
	}
	return { backgrounds, notesFirst, notes, during, after };
}
const MERGE_GAP_CELLS = 40;
function changedBoxes(a, b, same) {
	const boxes = [];
	let open;
	a.forEach((line, r) => {
		let left = -1;
		let right = -1;
		line.forEach((v, c) => {
			if (same(v, b[r][c])) return;
			if (left === -1) left = c;
			right = c;
		});
		if (left === -1) return;
		const gapCells = open ? (r - open.bottom - 1) * (Math.max(open.right, right) - Math.min(open.left, left) + 1) : Infinity;
		if (open && gapCells <= MERGE_GAP_CELLS) {
			open.bottom = r;
			open.left = Math.min(open.left, left);
			open.right = Math.max(open.right, right);
		} else boxes.push(open = { top: r, bottom: r, left, right });
	});
	return boxes;
}

const HEADER_ROW_KEY = "(หัวตาราง)";
const UNKEYED_ROW_KEY = "(แถวไม่มีรหัส)";
const SEP = "\0";
const KEY_COLUMN$1 = {
	[SHEET.units]: UNIT_HEADER.code,
	[SHEET.headings]: HEADING_HEADER.code,
	[SHEET.measures]: MEASURE_HEADER.rowId
};
function joinKey(sheet, row, column) {
	return [sheet, row, column].join(SEP);
}
function splitKey(key) {
	const [sheet, row, column] = key.split(SEP);
	return { sheet, row, column };
}
function uniqueIndex(texts) {
	const seen = new Map();
	const twice = new Set();
	texts.forEach((t, i) => {
		if (t === "") return;
		if (seen.has(t)) twice.add(t);
		else seen.set(t, i);
	});
	for (const t of twice) seen.delete(t);
	return seen;
}
function uniqueTexts(texts) {
	const index = uniqueIndex(texts);
	return texts.map((t) => index.get(t) === void 0 ? void 0 : t);
}
function cellKeysOf(sheet, data) {
	const values = data?.values ?? [];
	if (sheet === SHEET.config) {
		const labels = uniqueTexts(values.map((line) => normaliseHeader(Array.isArray(line) ? line[0] : "")));
		return {
			rowKeyOf: (row) => labels[row - 1],
			columnOf: (part) => /^#\d+$/.test(part) ? Number(part.slice(1)) : void 0,
			columnPartOf: (column) => `#${column}`,
			keyOf: (row, column) => {
				const label = labels[row - 1];
				return label === void 0 ? void 0 : joinKey(sheet, label, `#${column}`);
			}
		};
	}
	const keyHeader = normaliseHeader(KEY_COLUMN$1[sheet] ?? "");
	const headerIndex = values.slice(0, 5).findIndex((line) => Array.isArray(line) && line.some((c) => normaliseHeader(c) === keyHeader));
	if (keyHeader === "" || headerIndex === -1)
		return {
			keyOf: () => void 0,
			rowKeyOf: () => void 0,
			columnOf: () => void 0,
			columnPartOf: () => void 0
		};
	const headerRow = values[headerIndex];
	const keyColumn = uniqueTexts(headerRow.map((c) => normaliseHeader(c))).indexOf(keyHeader);
	const keyTexts = values.map((line, r) => r > headerIndex && Array.isArray(line) ? cellText$1(line[keyColumn]) : "");
	return keysFromTexts(sheet, headerRow, headerIndex, keyTexts);
}
function keysFromTexts(sheet, headerRow, headerIndex, keyTexts) {
	const headers = uniqueTexts(headerRow.map((c) => normaliseHeader(c)));
	const rowKeys = uniqueTexts(keyTexts.map((t, r) => r > headerIndex ? t : ""));
	rowKeys[headerIndex] = HEADER_ROW_KEY;
	return {
		rowKeyOf: (row) => rowKeys[row - 1],
		columnOf: (part) => {
			const at = headers.indexOf(part);
			return at === -1 ? void 0 : at + 1;
		},
		columnPartOf: (column) => headers[column - 1],
		keyOf: (row, column) => {
			const rowKey = rowKeys[row - 1];
			const header = headers[column - 1];
			return rowKey === void 0 || header === void 0 ? void 0 : joinKey(sheet, rowKey, header);
		}
	};
}

function ensureSheetSize(sheet, rows, columns, spareRows = 0) {
	const maxRows = sheet.getMaxRows();
	if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows + spareRows);
	const maxColumns = sheet.getMaxColumns();
	if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

const HEADER$1 = ["ชีต", "คีย์แถว", "หัวคอลัมน์", "สีพื้นเดิม", "คอลัมน์ล่าสุด"];
const MARKS_SPARE_ROWS = 200;
const LEGACY_HEADER = ["ชีต", "แถว", "คอลัมน์", "สีพื้นเดิม"];
function memoryIntact(memory) {
	return memory.layout !== null;
}
function loadMarks(ss) {
	const sheet = ss.getSheetByName(SHEET.marks);
	const entries = new Map();
	const legacy = [];
	if (!sheet) return { entries, legacy, sheet: null, layout: null };
	const last = sheet.getLastRow();
	let all = [];
	let readable = true;
	try {
		all = last >= 1 ? sheet.getRange(1, 1, last, HEADER$1.length).getValues() : [];
	} catch (error) {
		readable = false;
		console.warn(`loadMarks: "${SHEET.marks}" could not be read; it will be rewritten`, error);
	}
	const headerIntact = all.length > 0 && HEADER$1.every((h, i) => cellText$1(all[0][i]) === h);
	const values = all.slice(1);
	if (all.length > 0 && LEGACY_HEADER.every((h, i) => cellText$1(all[0][i]) === h)) {
		for (const [s, r, c, bg] of values) {
			const original = cellText$1(bg).toLowerCase();
			if (cellText$1(s) !== "" && Number(r) > 0 && Number(c) > 0 && isColour(original)) {
				legacy.push({ sheet: cellText$1(s), row: Number(r), column: Number(c), original });
			}
		}
		return { entries, legacy, sheet, layout: null };
	}
	const layout = [];
	let damaged = !readable || all.length > 0 && !headerIntact;
	for (const line of values) {
		const cells = HEADER$1.map((_, i) => cellText$1(line[i]));
		const [s, r, c, bg, hint] = cells;
		const original = bg.toLowerCase();
		if (cells.every((v) => v === "")) {
			layout.push({ key: void 0, cells });
			continue;
		}
		const key = s === "" || r === "" || c === "" || !isColour(original) ? void 0 : joinKey(s, r, c);
		if (key === void 0 || entries.has(key)) {
			damaged = true;
			layout.push({ key: void 0, cells });
			continue;
		}
		entries.set(key, { original, column: Math.max(0, Math.trunc(Number(hint)) || 0) });
		layout.push({ key, cells });
	}
	return { entries, legacy, sheet, layout: damaged || all.length === 0 ? null : layout };
}
const OTHER = "other";
const isOther = (key) => key === OTHER;
const BLANK = HEADER$1.map(() => "");
const OTHER_LINE = Object.freeze({ key: OTHER, cells: Object.freeze([]) });
const BLANK_LINE = Object.freeze({ key: void 0, cells: BLANK });
const OTHER_ROW = Object.freeze({ ...OTHER_LINE, write: BLANK });
const BLANK_ROW = Object.freeze({ ...BLANK_LINE, write: BLANK });
function loadMarksOfRows(ss, sheetName, rowKeys) {
	const sheet = ss.getSheetByName(SHEET.marks);
	const last = sheet ? sheet.getLastRow() : 0;
	if (!sheet || last < 2 || sheet.getLastColumn() > HEADER$1.length) return loadMarks(ss);
	const pairs = sheet.getRange(1, 1, last, 2).getValues();
	if (cellText$1(pairs[0][0]) !== HEADER$1[0] || cellText$1(pairs[0][1]) !== HEADER$1[1]) return loadMarks(ss);
	const matched = [];
	pairs.forEach((line, i) => {
		if (i > 0 && cellText$1(line[0]) === sheetName && rowKeys.has(cellText$1(line[1]))) matched.push(i);
	});
	const lines = new Map();
	if (matched.length > 0) {
		const top = matched[0];
		const block = sheet.getRange(top + 1, 1, matched[matched.length - 1] - top + 1, HEADER$1.length).getValues();
		for (const i of matched) lines.set(i, block[i - top]);
	}
	const entries = new Map();
	const layout = [];
	for (let i = 1; i < pairs.length; i++) {
		const line = lines.get(i);
		if (!line) {
			const blank = cellText$1(pairs[i][0]) === "" && cellText$1(pairs[i][1]) === "";
			layout.push(blank ? BLANK_LINE : OTHER_LINE);
			continue;
		}
		const cells = HEADER$1.map((_, c2) => cellText$1(line[c2]));
		const [s, r, c, bg, hint] = cells;
		const original = bg.toLowerCase();
		const key = c === "" || !isColour(original) ? void 0 : joinKey(s, r, c);
		if (key === void 0 || entries.has(key)) return loadMarks(ss);
		entries.set(key, { original, column: Math.max(0, Math.trunc(Number(hint)) || 0) });
		layout.push({ key, cells });
	}
	return { entries, legacy: [], sheet, layout, partial: true };
}
function rowOf(key, e) {
	const { sheet: s, row, column } = splitKey(key);
	return {
		write: [`'${s}`, `'${row}`, `'${column}`, e.original, e.column],
		cells: [s, row, column, e.original, String(e.column)]
	};
}
function saveMarks(ss, memory, entries) {
	const rows = memory.layout === null ? null : placeEntries(memory.layout, entries);
	const before = memory.layout ?? [];
	const changed = rows?.map((row, i) => before[i] === void 0 || row.cells.some((v, c) => v !== before[i].cells[c]));
	if (rows && memory.sheet && !changed.includes(true)) return;
	let sheet = memory.sheet ?? ss.getSheetByName(SHEET.marks);
	if (!sheet) sheet = ss.insertSheet(SHEET.marks);
	if (!memory.partial && !sheet.isSheetHidden()) sheet.hideSheet();
	memory.sheet = sheet;
	if (!rows) {
		rewriteWhole(sheet, memory, entries);
		return;
	}
	if (rows.length > before.length) ensureSheetSize(sheet, rows.length + 1, HEADER$1.length, MARKS_SPARE_ROWS);
	for (let i = 0; i < rows.length; i++) {
		if (!changed[i]) continue;
		let j = i;
		while (j + 1 < rows.length && changed[j + 1]) j++;
		sheet.getRange(i + 2, 1, j - i + 1, HEADER$1.length).setValues(rows.slice(i, j + 1).map((row) => row.write));
		i = j;
	}
	memory.layout = rows;
}
function placeEntries(layout, entries) {
	const placed = new Set();
	const rows = layout.map((row) => {
		if (row.key === void 0) return BLANK_ROW;
		if (isOther(row.key)) return OTHER_ROW;
		const e = entries.get(row.key);
		if (!e) return BLANK_ROW;
		placed.add(row.key);
		return { key: row.key, ...rowOf(row.key, e) };
	});
	let free = 0;
	for (const [key, e] of entries) {
		if (placed.has(key)) continue;
		while (free < rows.length && rows[free].key !== void 0) free++;
		const row = { key, ...rowOf(key, e) };
		if (free === rows.length) rows.push(row);
		else rows[free] = row;
		free++;
	}
	return rows;
}
function rewriteWhole(sheet, memory, entries) {
	const rows = [...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, e]) => ({ key, ...rowOf(key, e) }));
	const oldRows = sheet.getLastRow();
	ensureSheetSize(sheet, rows.length + 1, HEADER$1.length);
	sheet.getRange(1, 1, rows.length + 1, HEADER$1.length).setValues([HEADER$1, ...rows.map((row) => row.write)]);
	if (oldRows > rows.length + 1)
		sheet.getRange(rows.length + 2, 1, oldRows - rows.length - 1, HEADER$1.length).clearContent();
	memory.layout = rows.map(({ key, cells }) => ({ key, cells }));
}

function planRows(sheet, name, data, findings, memory, first, last, keys = cellKeysOf(name, data)) {
	const own = findings.filter((f) => f.sheet === name);
	const maxColumns = sheet.getMaxColumns();
	let left = Infinity;
	let right = 0;
	const reach = (c) => {
		if (c === void 0 || c < 1 || c > maxColumns) return;
		left = Math.min(left, c);
		right = Math.max(right, c);
	};
	for (const f of own) if (f.row >= first && f.row <= last) reach(f.column);
	for (const [key, e] of memory.entries) {
		const at = splitKey(key);
		if (at.sheet !== name) continue;
		reach(e.column);
		reach(keys.columnOf(at.column));
	}
	for (const m of memory.legacy) if (m.sheet === name) reach(m.column);
	if (!memoryIntact(memory) || memory.partial) {
		reach(1);
		reach(Math.min(sheet.getLastColumn(), maxColumns));
	}
	if (last < first || right === 0) return void 0;
	const width = right - left + 1;
	const range = sheet.getRange(first, left, last - first + 1, width);
	const block = { top: first, left, backgrounds: range.getBackgrounds(), notes: range.getNotes() };
	const { keyOf, rowKeyOf } = keys;
	const rowKeys = new Set();
	for (let r = first; r <= last; r++) {
		const key = rowKeyOf(r);
		if (key !== void 0) rowKeys.add(key);
	}
	const whole = first === 1;
	const covers = (key) => {
		const at = splitKey(key);
		return at.sheet === name && (rowKeys.has(at.row) || whole && at.row === UNKEYED_ROW_KEY);
	};
	const originals = new Map([...memory.entries].map(([k, e]) => [k, e.original]));
	for (const m of memory.legacy) {
		const key = m.sheet === name ? keyOf(m.row, m.column) : void 0;
		if (key !== void 0 && !originals.has(key)) originals.set(key, m.original);
	}
	const remarked = remarkBlock(block, own, keyOf, originals);
	rememberUnkeyed(block, remarked, keys, name, memory.partial === true);
	return { ...remarked, sheet, block, width, covers };
}
function rememberUnkeyed(block, remarked, keys, name, partial) {
	block.notes.forEach(
		(line, r) => line.forEach((note, c) => {
			const now = remarked.notes[r][c].includes(NOTE_MARKER);
			if (!now && !note.includes(NOTE_MARKER)) return;
			if (partial && keys.rowKeyOf(block.top + r) !== void 0) return;
			const column = block.left + c;
			if (keys.keyOf(block.top + r, column) !== void 0) return;
			const key = joinKey(name, UNKEYED_ROW_KEY, keys.columnPartOf(column) ?? `#${column}`);
			const entry = { original: NO_FILL, column };
			remarked.during.set(key, entry);
			if (now) remarked.after.set(key, entry);
		})
	);
}
function applyPlans(ss, memory, plans, kept) {
	const merge = (pick) => {
		const all = new Map(kept);
		for (const p of plans) for (const [k, v] of pick(p)) all.set(k, v);
		return all;
	};
	saveMarks(
		ss,
		memory,
		merge((p) => p.during)
	);
	for (const p of plans) {
		write(
			p,
			p.notesFirst,
			p.block.notes,
			(x, y) => x === y,
			(range, v) => range.setNotes(v)
		);
		write(
			p,
			p.backgrounds,
			p.block.backgrounds,
			(x, y) => (x ?? NO_FILL) === y.toLowerCase(),
			(range, v) => range.setBackgrounds(v)
		);
		write(
			p,
			p.notes,
			p.notesFirst,
			(x, y) => x === y,
			(range, v) => range.setNotes(v)
		);
	}
	saveMarks(
		ss,
		memory,
		merge((p) => p.after)
	);
}
function entriesOutside(memory, plans, covered) {
	const kept = new Map();
	for (const [k, v] of memory.entries) if (!covered(k) && !plans.some((p) => p.covers(k))) kept.set(k, v);
	return kept;
}
function write(plan, next, before, same, set) {
	for (const box of changedBoxes(next, before, same)) {
		const rows = next.slice(box.top, box.bottom + 1).map((line) => line.slice(box.left, box.right + 1));
		set(plan.sheet.getRange(plan.block.top + box.top, plan.block.left + box.left, rows.length, rows[0].length), rows);
	}
}

function rowsNeedNoMarks(name, header, findings, memory, keys, edit) {
	if (name !== SHEET.measures || !header || !memoryIntact(memory) || memory.legacy.length > 0) return false;
	const { first, last } = edit;
	if (findings.some((f) => f.sheet === name && f.row >= first && f.row <= last)) return false;
	const rowKeys = new Set();
	for (let r = first; r <= last; r++) {
		const key = keys.rowKeyOf(r);
		if (key === void 0) return false;
		rowKeys.add(key);
	}
	for (const key of memory.entries.keys()) {
		const at = splitKey(key);
		if (at.sheet === name && rowKeys.has(at.row)) return false;
	}
	for (let c = 1; c <= header.length; c++) if (keys.columnPartOf(c) === void 0) return false;
	const rowIdColumn = header.findIndex((h) => normaliseHeader(h) === normaliseHeader(MEASURE_HEADER.rowId)) + 1;
	const { left, right } = edit.columns();
	return rowIdColumn > 0 && (rowIdColumn < left || rowIdColumn > right);
}

const WINDOW_REACH = 200;
function editWindow(keys, columns, first, last) {
	const issues = keyColumnTexts(keys, columns, "issueNo");
	const issue = (row) => issues[row - 2] ?? "";
	const lastRow = keys.values.length + 1;
	let top = first;
	while (top > 2 && first - top < WINDOW_REACH && issue(top) !== "" && issue(top - 1) === issue(top)) top--;
	let bottom = last;
	while (bottom < lastRow && bottom - last < WINDOW_REACH && issue(bottom) !== "" && issue(bottom + 1) === issue(bottom))
		bottom++;
	return { first: top, last: bottom };
}
function rowsToRead(keys, columns, first, last) {
	const window = editWindow(keys, columns, first, last);
	const issues = new Set();
	const texts = keyColumnTexts(keys, columns, "issueNo");
	for (let row = window.first; row <= window.last; row++) issues.add(texts[row - 2] ?? "");
	issues.delete("");
	const spans = [window];
	let extra = 0;
	for (let row = 2; row <= keys.values.length + 1 && extra < WINDOW_REACH; row++) {
		if (row >= window.first && row <= window.last) continue;
		if (!issues.has(texts[row - 2] ?? "")) continue;
		const lastSpan = spans[spans.length - 1];
		if (spans.length > 1 && lastSpan.last === row - 1) lastSpan.last = row;
		else spans.push({ first: row, last: row });
		extra++;
	}
	return spans;
}
function withForms(data, measures, forms) {
	if (!forms) return data;
	const { edited, read } = forms;
	const rowIds = new Set(measures.filter((m) => m.row >= edited.first && m.row <= edited.last).map((m) => m.rowId));
	return { ...data, ...read(rowIds) };
}
function validateEditedRows(input) {
	const { header, keys, columns, blocks } = input;
	const values = [[...header]];
	const links = [];
	const height = Math.max(keys.values.length + 1, ...blocks.map((b) => b.first + b.values.length - 1));
	const held = new Uint8Array(height + 1);
	for (const block of blocks) {
		block.values.forEach((line, i) => {
			values[block.first - 1 + i] = line;
			links[block.first - 1 + i] = block.links?.[i];
			held[block.first + i] = 1;
		});
	}
	const inBlock = (row) => held[row] === 1;
	const data = { ...input.other, [SHEET.measures]: { values, links } };
	const workbook = parseWorkbook(data);
	const windowFirst = blocks[0]?.first ?? 2;
	const parsedRows = new Set(workbook.measures.map((m) => m.row));
	const unparsed = blocks.flatMap((b) => keyOnlyRows(keys, columns, b.first + b.values.length, (row) => parsedRows.has(row), b.first)).sort((a, b) => a.row - b.row);
	const crossRow = mergeByRow(
		mergeByRow(keyOnlyRows(keys, columns, windowFirst, inBlock), unparsed),
		workbook.measures
	);
	const result = validateParsed(workbook, withForms(data, workbook.measures, input.forms), crossRow);
	return { ...result, header, rowIds: ["", ...keyColumnTexts(keys, columns, "rowId")] };
}

function ledgerIdColumns(header) {
	const col = ledgerColumnsOf(header);
	return col.key === -1 || col.rowId === -1 ? void 0 : { key: col.key, rowId: col.rowId };
}
function ledgerLinesOf(keys, ids, rowIds) {
	const seen = new Set();
	const out = [];
	for (let i = 0; i < keys.length; i++) {
		const key = ledgerText(keys[i]);
		if (key === "" || seen.has(key)) continue;
		seen.add(key);
		if (rowIds.has(ledgerText(ids[i]))) out.push(i + 2);
	}
	return out;
}

const COST = {
	call: {
		range: [3, 20],
		unit: "ms per service call",
		source: `issue #13's published figures (3–20 ms per handle call); Google, "Best practices" (Apps Script guides): every call is a round trip`
	},
	bulkRead: {
		range: [50, 200],
		unit: "ms per bulk read, on top of its cells",
		source: "issue #13 (50–200 ms per bulk read); tanaikech.github.io benchmarks of getValues"
	},
	cellRead: {
		range: [0.025, 0.031],
		unit: "ms per cell read",
		source: "issue #13 (25–31 µs per cell read)"
	},
	cellWritten: {
		range: [0.15, 0.3],
		unit: "ms per cell written",
		source: "issue #13 (0.15–0.3 ms per cell written). Pessimistic: a 2012 measurement (4,000 cells in one setValues under 50 ms) gives about 0.012 ms"
	},
	docsRequest: {
		range: [1.5, 9],
		unit: "ms per Docs request in a batchUpdate",
		source: "an assumption set so that the largest Doc (about 38,000 requests) gives issue #13's 57–351 s; to be measured"
	},
	docsCall: {
		range: [300, 1500],
		unit: "ms per batchUpdate or create call",
		source: "an assumption (one HTTPS round trip to the Docs API from Apps Script, plus its own checks); to be measured"
	},
	reportFinish: {
		range: [2e3, 2e4],
		unit: "ms to finish a report (move, rename, PDF export, sharing, history line)",
		source: "an assumption (a handful of Drive calls; Drive's PDF export of a Doc near 1M characters may take seconds); to be measured"
	},
	cpu: {
		range: [1, 4],
		unit: "x this machine's local CPU",
		source: "an assumption: Apps Script runs V8 on shared servers, slower than a developer's Node"
	}
};
const REPORT_BUDGET_MS = 270 * 1e3;
function docsBatchMs(requests) {
	return COST.docsCall.range[1] + requests * COST.docsRequest.range[1];
}
function requestsWithin(ms) {
	return Math.max(0, Math.floor((ms - COST.docsCall.range[1]) / COST.docsRequest.range[1]));
}

const middle = (c) => (COST[c].range[0] + COST[c].range[1]) / 2;
const CELL_MS = middle("cellRead");
const READ_MS = 2 * middle("call") + middle("bulkRead");
function readMs(cells) {
	return READ_MS + cells * CELL_MS;
}
function spansMs(spans, width) {
	return spans.reduce((ms, s) => ms + readMs((s.last - s.first + 1) * width), 0);
}
function scatteredMs(lines, hits, width) {
	if (hits <= 0) return 0;
	const gap = lines / hits - 1;
	return gap * width * CELL_MS < READ_MS ? readMs(lines * width) : hits * readMs(width);
}
function spansOf(lines, width) {
	const sorted = [...new Set(lines)].sort((a, b) => a - b);
	const spans = [];
	for (const line of sorted) {
		const last = spans[spans.length - 1];
		const gap = last ? line - last.last - 1 : Infinity;
		if (gap * width * CELL_MS < READ_MS) last.last = line;
		else spans.push({ first: line, last: line });
	}
	return spans;
}

function answerContext(data, parsed = parseWorkbook(data)) {
	const table = readTable(SHEET.measures, data[SHEET.measures], { rowId: MEASURE_HEADER.rowId }, ["rowId"]);
	const rowIds = new Set(table.rows.map((r) => r.text.rowId).filter((id) => id !== ""));
	const style = parsed.config?.digitStyle ?? "thai";
	const labels = new Map(rowLabels(parsed, style).map((l) => [l.label.replace(/\s+/g, " ").trim(), l.rowId]));
	return { units: parsed.units.map((u) => u.value), rowIds, labels, config: parsed.config };
}

const WIDTH = LEDGER_HEADER_ROW.length;
const LEDGER_WIDTH = WIDTH;
const LEDGER_NOTE = 'ชีตนี้โปรแกรมเขียนเองจากคำตอบแบบฟอร์ม (ชีต "การตอบแบบฟอร์ม …" ไม่ถูกแก้ไข) — อย่าแก้ข้อความในชีตนี้ เพราะเมนู "ดึงคำตอบแบบฟอร์มทั้งหมดใหม่" จะเขียนทับ ยกเว้นคอลัมน์ "ไม่ใช้ในรายงาน" ที่ใส่เครื่องหมายเพื่อไม่นำคำตอบนั้นเข้ารายงานได้ (เครื่องหมายติดไปกับคำตอบ แม้ชีตคำตอบถูกเรียงหรือลบแถว) และลบข้อความ "ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก …" ในช่องเหตุผลเมื่อตรวจแล้ว';
const KNOWN_SHEETS = new Set([
	SHEET.config,
	SHEET.units,
	SHEET.headings,
	SHEET.measures,
	SHEET.findings,
	SHEET.marks,
	SHEET.ledger,
	SHEET.surveys,
	SHEET.progress,
	SHEET.reminderLog
]);
function sheetValues(ss, name) {
	const sheet = ss.getSheetByName(name);
	return sheet ? sheet.getDataRange().getValues() : void 0;
}
function readAnswerContext(ss) {
	const data = {};
	for (const name of [SHEET.config, SHEET.units, SHEET.measures]) {
		const values = sheetValues(ss, name);
		if (values) data[name] = { values };
	}
	return answerContext(data);
}
function headerOf(sheet) {
	const width = sheet.getLastColumn();
	return width === 0 ? [] : sheet.getRange(1, 1, 1, width).getValues()[0];
}
function looksLikeProgressSheet(header) {
	if (responseColumns(header)) return false;
	const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
	return header.some((h) => stamps.includes(normaliseHeader(h))) && Object.keys(questionColumns(header)).length >= 3;
}
function scanResponsesSheets(ss) {
	const sheets = [];
	const unreadable = [];
	for (const sheet of ss.getSheets()) {
		const name = sheet.getName();
		if (KNOWN_SHEETS.has(name)) continue;
		const header = headerOf(sheet);
		const columns = responseColumns(header);
		if (columns) sheets.push({ sheet, id: sheet.getSheetId(), name, columns });
		else if (looksLikeProgressSheet(header)) unreadable.push(name);
	}
	return { sheets, unreadable };
}
function ensureLedgerSheet(ss) {
	const existing = ss.getSheetByName(SHEET.ledger);
	if (existing) return { sheet: existing, created: false };
	const sheet = ss.insertSheet(SHEET.ledger);
	const header = sheet.getRange(1, 1, 1, WIDTH);
	header.setValues([LEDGER_HEADER_ROW]);
	header.setFontWeight("bold");
	header.setBackground(HEADER_BACKGROUND$1);
	sheet.getRange(1, 1).setNote(LEDGER_NOTE);
	sheet.setFrozenRows(1);
	sheet.protect().setDescription("ITA: ชีตผลจากแบบฟอร์ม — โปรแกรมเขียนเอง").setWarningOnly(true);
	return { sheet, created: true };
}
const KEY_COLUMN = LEDGER_HEADER_ROW.indexOf(LEDGER_HEADER.key) + 1;
function readLedgerIndex(sheet) {
	const lastRow = sheet.getLastRow();
	if (lastRow < 1) return null;
	const header = sheet.getRange(1, 1, 1, WIDTH).getValues()[0];
	if (LEDGER_HEADER_ROW.some((h, i) => cellText$1(header[i]) !== h)) return null;
	if (lastRow === 1) return { header, keys: [], lastRow };
	const keys = sheet.getRange(2, KEY_COLUMN, lastRow - 1, 1).getValues().map((r) => ledgerText(r[0]));
	if (keys.some((k) => k === "") || new Set(keys).size !== keys.length) return null;
	return { header, keys, lastRow };
}
function readLedgerLine(sheet, header, row) {
	const line = sheet.getRange(row, 1, 1, WIDTH).getValues()[0];
	return readLedger([header, line]).records[0];
}
function ensureRows(sheet, lastRow) {
	const max = sheet.getMaxRows();
	if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}
function writeLedgerRows(sheet, firstRow, records) {
	if (records.length === 0) return;
	ensureRows(sheet, firstRow + records.length - 1);
	const range = sheet.getRange(firstRow, 1, records.length, WIDTH);
	range.setNumberFormat("@");
	range.setValues(records.map(ledgerCells));
	range.setBackgrounds(ledgerBackgrounds(records));
}
function writeLedgerBlocks(sheet, blocks, next, colours) {
	if (blocks.length === 0) return;
	const end = blocks[blocks.length - 1];
	ensureRows(sheet, end.first + end.count);
	for (const block of blocks) {
		const range = sheet.getRange(block.first + 1, 1, block.count, WIDTH);
		const lines = { from: block.first, to: block.first + block.count };
		if (block.values) {
			range.setNumberFormat("@");
			range.setValues(next.slice(lines.from, lines.to).map((line) => [...line]));
		}
		range.setBackgrounds(colours.slice(lines.from, lines.to).map((colour) => new Array(WIDTH).fill(colour)));
	}
}
function rewriteLedger(sheet, records, previousLastRow) {
	const rows = Math.max(records.length + 1, previousLastRow);
	ensureRows(sheet, rows);
	const blank = rows - records.length - 1;
	const range = sheet.getRange(1, 1, rows, WIDTH);
	range.setNumberFormat("@");
	range.setValues([
		LEDGER_HEADER_ROW,
		...records.map(ledgerCells),
		...Array.from({ length: blank }, () => new Array(WIDTH).fill(""))
	]);
	range.setBackgrounds([
		new Array(WIDTH).fill(HEADER_BACKGROUND$1),
		...ledgerBackgrounds(records),
		...Array.from({ length: blank }, () => new Array(WIDTH).fill("#ffffff"))
	]);
}
const HEADER_BACKGROUND$1 = "#d9e2f3";
function ledgerBackgrounds(records) {
	return records.map((r) => new Array(WIDTH).fill(CHECK_BACKGROUND[r.check]));
}

function readFormRows(ss, rowIds, measureRows) {
	const data = {};
	const mapping = sheetValues(ss, SHEET.surveys);
	if (mapping) data[SHEET.surveys] = { values: mapping };
	const tabs = formSheetNames(data, rowIds).slice(2);
	const ledger = tabs.includes(SHEET.ledger) ? sheetValues(ss, SHEET.ledger) : readLedgerLines(ss, rowIds, measureRows);
	if (ledger) data[SHEET.ledger] = { values: ledger };
	for (const name of tabs) {
		if (name in data) continue;
		const values = sheetValues(ss, name);
		if (values) data[name] = { values };
	}
	return data;
}
function readLedgerLines(ss, rowIds, measureRows) {
	const sheet = ss.getSheetByName(SHEET.ledger);
	if (!sheet) return void 0;
	if (rowIds.size === 0) return [];
	const height = sheet.getLastRow();
	const width = sheet.getLastColumn();
	const whole = () => sheet.getDataRange().getValues();
	if (height < 2 || width < 1) return whole();
	const expected = (height - 1) * rowIds.size / Math.max(measureRows, rowIds.size);
	const narrow = readMs(width) + readMs(2 * (height - 1)) + scatteredMs(height - 1, expected, width);
	if (readMs(height * width) <= narrow) return whole();
	const header = sheet.getRange(1, 1, 1, width).getValues()[0];
	const at = ledgerIdColumns(header);
	if (!at) return [header];
	const { keys, ids } = readIdColumns(sheet, height, at);
	const lines = ledgerLinesOf(keys, ids, rowIds);
	let spans = spansOf(lines, width);
	if (spansMs(spans, width) > readMs((height - 1) * width)) spans = [{ first: 2, last: height }];
	const wanted = new Set(lines);
	const values = [header];
	for (const span of spans) {
		const part = sheet.getRange(span.first, 1, span.last - span.first + 1, width).getValues();
		part.forEach((line, i) => {
			if (wanted.has(span.first + i)) values[span.first - 1 + i] = line;
		});
	}
	return values;
}
function readIdColumns(sheet, height, at) {
	const lines = height - 1;
	const left = Math.min(at.key, at.rowId);
	const span = Math.abs(at.key - at.rowId) + 1;
	const column = (c, w) => sheet.getRange(2, c + 1, lines, w).getValues();
	if (readMs(lines * span) <= 2 * readMs(lines)) {
		const block = column(left, span);
		return { keys: block.map((l) => l[at.key - left]), ids: block.map((l) => l[at.rowId - left]) };
	}
	return { keys: column(at.key, 1).map((l) => l[0]), ids: column(at.rowId, 1).map((l) => l[0]) };
}

function namedHeader(named) {
	return Object.keys(named);
}
function rawFromNamedValues(named) {
	const byTitle = new Map();
	for (const [title, values] of Object.entries(named)) {
		const key = normaliseHeader(title);
		byTitle.set(key, [...byTitle.get(key) ?? [], ...values ?? []]);
	}
	const raw = {};
	for (const q of QUESTIONS)
		raw[q.key] = (byTitle.get(normaliseHeader(q.title)) ?? []).map(text).find((v) => v.trim() !== "") ?? "";
	return raw;
}
function timestampIndex(named, values) {
	const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
	const titles = Object.keys(named).filter((t) => stamps.includes(normaliseHeader(t)));
	if (titles.length !== 1) return -1;
	const stamp = text((named[titles[0]] ?? [])[0]);
	if (stamp.trim() === "") return -1;
	const at = values.findIndex((v) => text(v) === stamp);
	return at !== -1 && values.findIndex((v, i) => i > at && text(v) === stamp) === -1 ? at : -1;
}
function answerText(value) {
	return Array.isArray(value) ? value.map(text).join(", ") : text(value);
}
function answerTexts(raw) {
	return QUESTIONS.map((q) => answerText(raw[q.key])).filter((t) => t.trim() !== "").sort();
}
function sameAnswerTexts(eventRaw, formTexts) {
	const ours = answerTexts(eventRaw);
	const theirs = formTexts.map(answerText).filter((t) => t.trim() !== "").sort();
	return ours.length === theirs.length && ours.every((t, i) => t === theirs[i]);
}
function text(value) {
	return value === null || value === void 0 ? "" : String(value);
}

const MISSED_PROPERTY = "ITA_FORMS_MISSED_AT";
function noteMissed() {
	try {
		PropertiesService.getDocumentProperties().setProperty(MISSED_PROPERTY, ( new Date()).toISOString());
	} catch (error) {
		console.warn("onFormSubmit: could not note the missed answer", error);
	}
}
function clearMissed() {
	try {
		PropertiesService.getDocumentProperties().deleteProperty(MISSED_PROPERTY);
	} catch (error) {
		console.warn("could not clear the missed-answer note", error);
	}
}
function missedNoted() {
	try {
		return PropertiesService.getDocumentProperties().getProperty(MISSED_PROPERTY) !== null;
	} catch {
		return false;
	}
}

const EDITED_AFTER_EXCLUDE = 'ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก (ไม่ใช้ในรายงาน) — ตรวจสอบอีกครั้ง: ถ้าจะใช้ ให้ลบเครื่องหมายในคอลัมน์ "ไม่ใช้ในรายงาน" ถ้ายังไม่ใช้ ให้ลบข้อความนี้ออกจากช่องเหตุผล';
const NOT_FOUND_AGAIN = 'ไม่พบคำตอบนี้ในแบบฟอร์มหรือชีตคำตอบแล้ว (ถูกลบ?) — เก็บไว้ไม่ให้คำตอบหาย: ถ้าไม่ใช้ ให้ใส่เครื่องหมายในคอลัมน์ "ไม่ใช้ในรายงาน" หรือลบแถวนี้';
const isLegacyKey = (key) => /^\d+:\d+$/.test(key);
function flagged(record, reason, level = "warning") {
	if (record.reasons.includes(reason)) return record;
	const check = level === "invalid" || record.check === "invalid" ? "invalid" : "warning";
	return { ...record, check, reasons: [...record.reasons, reason] };
}
function carry(previous, next) {
	if (!previous || !previous.excluded && previous.excludeCell === void 0) return next;
	const out = { ...next, excluded: previous.excluded, excludeCell: previous.excludeCell };
	const edited = previous.fingerprint !== next.fingerprint || previous.reasons.includes(EDITED_AFTER_EXCLUDE);
	return previous.excluded && edited ? flagged(out, EDITED_AFTER_EXCLUDE) : out;
}
function claims(previous, fresh, legacy) {
	const byKey = new Map();
	const byPrint = new Map();
	previous.forEach((r, i) => {
		if (!byKey.has(r.key)) byKey.set(r.key, i);
		byPrint.set(r.fingerprint, [...byPrint.get(r.fingerprint) ?? [], i]);
	});
	const freshKeys = new Set(fresh.map((f) => f.key));
	const taken = new Set();
	const out = fresh.map((f) => {
		const i = byKey.get(f.key);
		if (i === void 0 || taken.has(i)) return void 0;
		taken.add(i);
		return i;
	});
	fresh.forEach((f, n) => {
		if (out[n] !== void 0) return;
		const candidates = (byPrint.get(f.fingerprint) ?? []).filter(
			(j) => !taken.has(j) && !freshKeys.has(previous[j].key)
		);
		const i = candidates.find((j) => !previous[j].excluded) ?? candidates[0];
		const old = i ?? (legacy ? byKey.get(legacy(f)) : void 0);
		if (old !== void 0 && !taken.has(old)) {
			taken.add(old);
			out[n] = old;
		}
	});
	return out;
}
function mergeLedger(previous, fresh, legacy) {
	const identified = new Set(fresh.filter((r) => !r.key.startsWith(CONTENT_KEY_PREFIX)).map((r) => r.fingerprint));
	const keys = new Set();
	const unique = fresh.filter(
		(r) => !keys.has(r.key) && !(r.key.startsWith(CONTENT_KEY_PREFIX) && identified.has(r.fingerprint)) && keys.add(r.key)
	);
	const claim = claims(previous, unique, legacy);
	const merge = { records: [], added: 0, changed: 0, unchanged: 0, kept: 0, replaced: 0 };
	const placed = [];
	unique.forEach((f, n) => {
		const i = claim[n];
		const old = i === void 0 ? void 0 : previous[i];
		if (!old) merge.added++;
		else if (old.fingerprint !== f.fingerprint) merge.changed++;
		else merge.unchanged++;
		placed.push({ at: i ?? previous.length + n, record: carry(old, f) });
	});
	const claimed = new Set(claim.filter((i) => i !== void 0));
	const prints = new Set(unique.map((f) => f.fingerprint));
	const responseAt = new Map();
	unique.forEach((f, n) => {
		if (!f.key.startsWith(CONTENT_KEY_PREFIX) && f.row > 0) responseAt.set(`${f.sheet}
${f.row}`, n);
	});
	previous.forEach((r, i) => {
		if (claimed.has(i)) return;
		if (prints.has(r.fingerprint)) {
			merge.replaced++;
			return;
		}
		const n = r.key.startsWith(CONTENT_KEY_PREFIX) && r.row > 0 ? responseAt.get(`${r.sheet}
${r.row}`) : void 0;
		if (n !== void 0 && r.timestamp <= unique[n].timestamp) {
			merge.replaced++;
			const next = placed[n].record;
			if (!next.excluded && next.excludeCell === void 0) placed[n].record = carry(r, next);
			return;
		}
		merge.kept++;
		placed.push({ at: i, record: flagged(r, NOT_FOUND_AGAIN) });
	});
	merge.records = placed.sort((a, b) => a.at - b.at).map((p) => p.record);
	return merge;
}
const isResponseId = (key) => !key.startsWith(CONTENT_KEY_PREFIX) && !isLegacyKey(key);
function planUpserts(existing, incoming) {
	const plan = { writes: [], added: 0, replaced: 0, unchanged: 0 };
	const used = new Set();
	const seen = new Set();
	const incomingKeys = new Set(incoming.map((r) => r.key));
	for (const record of incoming) {
		if (seen.has(record.key)) continue;
		seen.add(record.key);
		let i = existing.findIndex((r) => r.key === record.key);
		if (i === -1)
			i = existing.findIndex(
				(r, j) => !used.has(j) && r.fingerprint === record.fingerprint && !incomingKeys.has(r.key) && !isResponseId(r.key)
			);
		if (i === -1) {
			plan.writes.push({ index: -1, record });
			plan.added++;
			continue;
		}
		used.add(i);
		if (existing[i].key === record.key && existing[i].fingerprint === record.fingerprint) {
			plan.unchanged++;
			continue;
		}
		plan.writes.push({ index: i, record: carry(existing[i], record) });
		plan.replaced++;
	}
	return plan;
}

function notInFormReason(sheet, row) {
	return `แถว ${row} ของชีต "${sheet}" ไม่ตรงกับคำตอบใดในแบบฟอร์ม (คำตอบถูกลบในแบบฟอร์ม สำเนาเก่าของคำตอบที่แก้ไขแล้ว หรือแถวที่พิมพ์เองในชีต) — แบบฟอร์มเป็นหลัก จึงไม่นำเข้ารายงาน: ถ้าต้องใช้ ให้หน่วยงานส่งคำตอบทางแบบฟอร์ม`;
}
function seconds(stamp) {
	const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(timestampText(stamp));
	return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}
function merged(response, tab) {
	const raw = { ...response.raw };
	for (const q of QUESTIONS)
		if (cellText$1(raw[q.key]) === "" && cellText$1(tab.raw[q.key]) !== "") raw[q.key] = tab.raw[q.key];
	return { ...response, raw, sheet: tab.sheet, row: tab.row };
}
function matchTab(tab, responses) {
	const pairOf = new Array(responses.length).fill(-1);
	const free = new Set(responses.map((_, i) => i));
	const paired = new Set();
	const take = (ti, ri) => {
		free.delete(ri);
		paired.add(ti);
		pairOf[ri] = ti;
	};
	const prints = responses.map(sourceFingerprint);
	const tabPrints = tab.map(sourceFingerprint);
	const byPrint = new Map();
	prints.forEach((p, i) => byPrint.set(p, [...byPrint.get(p) ?? [], i]));
	tabPrints.forEach((p, ti) => {
		const ri = (byPrint.get(p) ?? []).find((i) => free.has(i));
		if (ri !== void 0) take(ti, ri);
	});
	const pairedPrints = new Set([...paired].map((ti) => tabPrints[ti]));
	const copy = new Set(tab.map((_, ti) => ti).filter((ti) => !paired.has(ti) && pairedPrints.has(tabPrints[ti])));
	const stamps = responses.map((r) => seconds(r.timestamp));
	const tabStamps = tab.map((t) => seconds(t.timestamp));
	const byTime = (near) => (ti, ri) => Math.abs(stamps[ri] - tabStamps[ti]) <= near;
	const answers = responses.map((r) => fingerprintOf("", r.raw));
	const tabAnswers = tab.map((t) => fingerprintOf("", t.raw));
	const sameAnswers = (ti, ri) => tabAnswers[ti] === answers[ri];
	for (const same of [byTime(0), byTime(1e3), sameAnswers]) {
		tab.forEach((_, ti) => {
			if (paired.has(ti) || copy.has(ti) || free.size === 0) return;
			for (const ri of free) {
				if (!same(ti, ri)) continue;
				take(ti, ri);
				return;
			}
		});
	}
	const out = {
		responses: responses.map((r, i) => pairOf[i] === -1 ? r : merged(r, tab[pairOf[i]])),
		lonely: [],
		notInTab: free.size,
		copies: 0
	};
	const seen = new Set([...out.responses.map(sourceFingerprint), ...prints, ...[...paired].map((ti) => tabPrints[ti])]);
	tab.forEach((t, ti) => {
		if (paired.has(ti)) return;
		if (seen.has(tabPrints[ti])) {
			out.copies++;
			return;
		}
		seen.add(tabPrints[ti]);
		out.lonely.push(t);
	});
	return out;
}

const CALLS_PER_WRITE = 4;
function ledgerWritePlan(input) {
	const { old, next, width, keyColumn, sameCell, blankColour } = input;
	for (let r = next.cells.length; r < old.cells.length; r++) {
		if (old.colours[r] !== blankColour) return "whole";
		for (let c = 0; c < width; c++) if (!sameCell("", old.cells[r][c])) return "whole";
	}
	const valuesDiffer = (r) => {
		const was = old.cells[r];
		if (!was) return true;
		for (let c = 0; c < width; c++) if (!sameCell(next.cells[r][c], was[c])) return true;
		return false;
	};
	const coloursDiffer = (r) => next.colours[r] !== old.colours[r];
	const blocks = [];
	for (let r = 0; r < next.cells.length; r++) {
		const values = valuesDiffer(r);
		if (!values && !coloursDiffer(r)) continue;
		if (values && r < old.cells.length) {
			if (r === 0) return "whole";
			const oldKey = old.cells[r][keyColumn];
			if (!sameCell("", oldKey) && !sameCell(next.cells[r][keyColumn], oldKey)) return "whole";
		}
		const last = blocks[blocks.length - 1];
		if (last && last.first + last.count === r && last.values === values) last.count++;
		else blocks.push({ first: r, count: 1, values });
	}
	return cheaperThanWhole(blocks, next.cells.length, width) ? blocks : "whole";
}
function cheaperThanWhole(blocks, lines, width) {
	const call = COST.call.range[1];
	const cell = COST.cellWritten.range[1];
	const whole = CALLS_PER_WRITE * call + lines * width * 3 * cell;
	let parts = 0;
	for (const b of blocks) parts += CALLS_PER_WRITE * call + b.count * width * (b.values ? 3 : 1) * cell;
	return parts <= whole;
}

function openSheetForm(sheet) {
	let url;
	try {
		url = sheet.getFormUrl();
	} catch {
		url = null;
	}
	if (!url) return { problem: "ไม่มีแบบฟอร์มเชื่อมกับชีตนี้แล้ว (แบบฟอร์มถูกลบ หรือเลิกส่งคำตอบมาที่ชีตนี้)" };
	let form;
	try {
		form = FormApp.openByUrl(url);
	} catch {
		return { problem: "เปิดแบบฟอร์มของชีตนี้ไม่ได้ (ถูกลบ หรือไม่ได้แชร์ให้ผู้ใช้นี้)" };
	}
	const all = form.getItems();
	const columns = questionColumns(all.map((i) => i.getTitle()));
	if (columns.unit === void 0 || columns.row === void 0)
		return { problem: "แบบฟอร์มของชีตนี้ไม่มีคำถามหน่วยงานหรือมาตรการแล้ว (ชื่อคำถามถูกเปลี่ยน)" };
	const items = {};
	for (const q of QUESTIONS) items[q.key] = (columns[q.key] ?? []).map((i) => all[i]);
	return { form, items };
}
function responseSources(reader, sheet, since) {
	const responses = since ? reader.form.getResponses(since) : reader.form.getResponses();
	return responses.map((response) => {
		const raw = {};
		for (const q of QUESTIONS) {
			raw[q.key] = "";
			for (const item of reader.items[q.key] ?? []) {
				const answer = response.getResponseForItem(item);
				const value = answer ? answer.getResponse() : "";
				const text = Array.isArray(value) ? value.join(", ") : String(value ?? "");
				if (text.trim() !== "") {
					raw[q.key] = text;
					break;
				}
			}
		}
		return {
			responseId: response.getId(),
			sheet,
			row: 0,
			timestamp: response.getTimestamp(),
			raw,
			editUrl: response.getEditResponseUrl()
		};
	});
}

function syncLedger(ss, mode, counted = false) {
	const { sheets, unreadable } = scanResponsesSheets(ss);
	const summary = {
		responsesSheets: sheets.map((s) => s.name),
		responses: 0,
		added: 0,
		changed: 0,
		removed: 0,
		unchanged: 0,
		kept: 0,
		notInTab: 0,
		notInForm: 0,
		invalid: 0,
		warnings: 0,
		fallback: [],
		wrote: false
	};
	if (sheets.length === 0 && mode === "catch-up") return summary;
	if (unreadable.length > 0) {
		summary.refused = `ชีต ${unreadable.map((n) => `"${n}"`).join(", ")} มีคำตอบแบบฟอร์มรายงานผล แต่ชื่อคำถามหน่วยงานหรือมาตรการถูกเปลี่ยนในแบบฟอร์ม จึงยังไม่ดึงคำตอบใหม่ (ชีต "${SHEET.ledger}" ไม่ถูกเปลี่ยน) — เรียกเมนู "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" เพื่อคืนชื่อคำถาม แล้วสั่งอีกครั้ง`;
		return summary;
	}
	const ledger = ensureLedgerSheet(ss).sheet;
	const range = ledger.getDataRange();
	const values = range.getValues();
	const read = readLedger(values);
	const tabs = sheets.map((s) => ({ ...s, lines: sourcesFromResponses(s.name, s.sheet.getDataRange().getValues()) }));
	if (mode === "catch-up") {
		const known = countPrints(read.records.map((r) => r.fingerprint));
		const legacy = read.records.some((r) => isLegacyKey(r.key));
		const held = (t) => [...countPrints(t.lines.map(sourceFingerprint))].every(
			([print, n]) => (known.get(print) ?? 0) >= (counted ? n : 1)
		);
		const shown = new Set(tabs.flatMap((t) => t.lines.map(sourceFingerprint)));
		const stale = read.records.some(
			(r) => r.key.startsWith(CONTENT_KEY_PREFIX) && !shown.has(r.fingerprint) && !r.reasons.includes(NOT_FOUND_AGAIN)
		);
		if (!legacy && !stale && tabs.every(held)) {
			clearMissed();
			return summary;
		}
	}
	if (sheets.length === 0 && read.records.length > 0) {
		summary.refused = `ไม่พบชีตคำตอบของแบบฟอร์มรายงานผลในสมุดงานนี้ จึงไม่เปลี่ยนชีต "${SHEET.ledger}" (มี ${read.records.length} รายการ)`;
		return summary;
	}
	const ctx = readAnswerContext(ss);
	const fresh = [];
	for (const t of tabs) {
		const form = readForm(t.sheet, t.name);
		if ("problem" in form) {
			summary.fallback.push({ sheet: t.name, problem: form.problem });
			fresh.push(...records(t.lines, ctx));
			continue;
		}
		const match = matchTab(t.lines, form.sources);
		summary.notInTab += match.notInTab;
		summary.notInForm += match.lonely.length;
		fresh.push(...records(match.responses, ctx));
		fresh.push(...records(match.lonely, ctx).map((r) => flagged(r, notInFormReason(r.sheet, r.row), "invalid")));
	}
	const idOf = new Map(tabs.map((t) => [t.name, t.id]));
	const merge = mergeLedger(read.records, fresh, (r) => `${idOf.get(r.sheet)}:${r.row}`);
	Object.assign(summary, {
		responses: fresh.length,
		added: merge.added,
		changed: merge.changed,
		removed: merge.replaced,
		unchanged: merge.unchanged,
		kept: merge.kept,
		invalid: merge.records.filter((r) => r.check === "invalid").length,
		warnings: merge.records.filter((r) => r.check === "warning").length
	});
	const next = [LEDGER_HEADER_ROW, ...merge.records.map(ledgerCells)];
	const colours = [HEADER_BACKGROUND$1, ...merge.records.map((r) => CHECK_BACKGROUND[r.check])];
	const plan = ledgerWritePlan({
		old: {
			cells: values,
			colours: ledger.getRange(1, 1, values.length, 1).getBackgrounds().map((l) => l[0])
		},
		next: { cells: next, colours },
		width: LEDGER_WIDTH,
		keyColumn: LEDGER_COLUMNS$1.indexOf("key"),
		sameCell: (v, was) => cellText$1(typeof v === "string" ? storedText(v) : v) === cellText$1(was),
		blankColour: CHECK_BACKGROUND.ok
	});
	if (plan === "whole") {
		rewriteLedger(ledger, merge.records, values.length);
		summary.wrote = true;
	} else if (plan.length > 0) {
		writeLedgerBlocks(ledger, plan, next, colours);
		summary.wrote = true;
	}
	for (const f of summary.fallback) console.warn(`forms: sheet "${f.sheet}" read without its form: ${f.problem}`);
	clearMissed();
	return summary;
}
function countPrints(prints) {
	const out = new Map();
	for (const p of prints) out.set(p, (out.get(p) ?? 0) + 1);
	return out;
}
function readForm(sheet, name) {
	const reader = openSheetForm(sheet);
	if ("problem" in reader) return reader;
	try {
		return { sources: responseSources(reader, name) };
	} catch (error) {
		console.warn(`forms: the responses of the form of "${name}" could not be read`, error);
		return { problem: "อ่านคำตอบจากแบบฟอร์มของชีตนี้ไม่ได้ในครั้งนี้ (ลองสั่งอีกครั้งภายหลัง)" };
	}
}
function records(sources, ctx) {
	return sources.map((s) => recordFromSource(s, ctx)).filter((r) => r !== null);
}
function summaryText(s) {
	if (s.refused) return s.refused;
	if (s.responsesSheets.length === 0)
		return 'ยังไม่พบชีตคำตอบของแบบฟอร์มรายงานผล — เรียกเมนู "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" ก่อน';
	const lines = [
		`อ่านคำตอบ ${s.responses} รายการ (จากแบบฟอร์ม และชีต ${s.responsesSheets.map((n) => `"${n}"`).join(", ")})`,
		`เพิ่มใหม่ ${s.added} · แก้ไข ${s.changed} · เหมือนเดิม ${s.unchanged}` + (s.removed > 0 ? ` · รวมรายการซ้ำ ${s.removed}` : "")
	];
	for (const f of s.fallback)
		lines.push(
			`⚠ ชีต "${f.sheet}": ${f.problem} — จึงใช้คำตอบจากชีตนี้อย่างเดียว (ระบุคำตอบด้วยประทับเวลาและเนื้อหา): ถ้าแถวในชีตนี้ถูกแก้ คำตอบเดิมยังเก็บไว้และถูกทำเครื่องหมายให้ตรวจ`
		);
	if (s.notInTab > 0) lines.push(`คำตอบ ${s.notInTab} รายการไม่อยู่ในชีตคำตอบแล้ว (แถวถูกลบ) — ยังใช้ตามแบบฟอร์ม`);
	if (s.notInForm > 0)
		lines.push(`แถว ${s.notInForm} แถวในชีตคำตอบไม่ตรงกับคำตอบใดในแบบฟอร์ม — เก็บไว้ ระบายสีแดงพร้อมเหตุผล และไม่นำเข้ารายงาน`);
	if (s.kept > 0)
		lines.push(`คำตอบ ${s.kept} รายการไม่พบทั้งในแบบฟอร์มและชีตคำตอบแล้ว — เก็บไว้ในชีต "${SHEET.ledger}" พร้อมเหตุผล`);
	if (s.invalid > 0) lines.push(`ใช้ไม่ได้ ${s.invalid} รายการ (ระบายสีแดงในชีต "${SHEET.ledger}" พร้อมเหตุผล)`);
	if (s.warnings > 0) lines.push(`มีคำเตือน ${s.warnings} รายการ (สีเหลือง)`);
	lines.push(s.wrote ? `เขียนชีต "${SHEET.ledger}" ใหม่แล้ว` : "ไม่มีสิ่งที่ต้องเปลี่ยน");
	return lines.join("\n");
}

const LOOK_BACK_MS = 2e3;
const SAME_SECOND_MS = 1e3;
const isDate$1 = (v) => Object.prototype.toString.call(v) === "[object Date]";
function identifyFromEvent(sheet, name, row, stamp, raw, recorded) {
	let url;
	let form;
	try {
		url = sheet.getFormUrl();
		if (!url) return void 0;
		form = FormApp.openByUrl(url);
	} catch {
		return void 0;
	}
	const second = (t) => Math.floor(t.getTime() / 1e3) * 1e3;
	const same = form.getResponses(new Date(stamp.getTime() - LOOK_BACK_MS)).map((response2) => ({ response: response2, timestamp: response2.getTimestamp() })).map((c) => ({ ...c, apart: Math.abs(second(c.timestamp) - second(stamp)) })).filter((c) => c.apart <= SAME_SECOND_MS).filter((c) => sameAnswerTexts(raw, answerTextsOf(c.response))).sort((a, b) => a.apart - b.apart);
	if (same.length === 0) return void 0;
	const ids = same.map((c) => c.response.getId());
	const pick = same.length === 1 ? 0 : Math.max(
		0,
		ids.findIndex((id) => !recorded(id))
	);
	const { response, timestamp } = same[pick];
	return { responseId: ids[pick], sheet: name, row, timestamp, raw, editUrl: response.getEditResponseUrl() };
}
function answerTextsOf(response) {
	return response.getItemResponses().map((item) => item.getResponse());
}
function identifyRow(sheet, tab, recorded) {
	const reader = openSheetForm(sheet);
	if ("problem" in reader) {
		console.warn(`onFormSubmit: ${reader.problem}; the answer is kept by its content (run reconcileResponses later).`);
		return tab;
	}
	const stamp = tab.timestamp;
	const since = isDate$1(stamp) && !Number.isNaN(stamp.getTime()) ? new Date(stamp.getTime() - LOOK_BACK_MS) : void 0;
	const fresh = [];
	const held = [];
	for (const s of responseSources(reader, tab.sheet, since)) (recorded(s.responseId) ? held : fresh).push(s);
	const sources = [...fresh, ...held];
	const match = matchTab([tab], sources);
	const found = match.responses.find((r) => r.row === tab.row);
	if (found) return found;
	console.warn(`onFormSubmit: row ${tab.row} of "${tab.sheet}" matches no form response; kept by its content.`);
	return tab;
}

const isDate = (v) => Object.prototype.toString.call(v) === "[object Date]";
function recordSubmission(ss, submission) {
	const ledger = ensureLedgerSheet(ss).sheet;
	const index = readLedgerIndex(ledger);
	if (!index) return recordSubmissionReadingAll(ss, ledger, submission);
	if (index.keys.some(isLegacyKey)) {
		syncLedger(ss, "catch-up");
		return;
	}
	const name = submission.sheet.getName();
	const source = submittedSource(submission, name, {
		content: (print) => index.keys.includes(CONTENT_KEY_PREFIX + print),
		response: (id) => index.keys.includes(id)
	});
	const appended = source ? upsertLine(ss, ledger, index, source) : false;
	catchUpIfMissed(ss, submission.sheet, index.keys.length + (appended ? 1 : 0));
}
function submittedSource(s, name, held) {
	const fromEvent = eventSource(s, name, held);
	if (fromEvent) return fromEvent;
	const header = s.header ?? headerOf(s.sheet);
	const columns = responseColumns(header);
	if (!columns) {
		console.warn(`onFormSubmit: sheet "${name}" no longer shows the unit or row question; the answer waits there.`);
		noteMissed();
		return null;
	}
	const line = s.sheet.getRange(s.row, 1, 1, header.length).getValues()[0];
	const tab = sourceFromLine(name, s.row, line, columns);
	if (isBlankSource(tab) || held.content(sourceFingerprint(tab))) return null;
	return identifyRow(s.sheet, tab, held.response);
}
function eventSource(s, name, held) {
	if (!s.named || !s.values || !s.range) return void 0;
	const at = timestampIndex(s.named, s.values);
	if (at === -1) return void 0;
	const line = s.range.getValues()[0];
	const stamp = line.length === s.values.length ? line[at] : void 0;
	if (!isDate(stamp) || Number.isNaN(stamp.getTime())) return void 0;
	return identifyFromEvent(s.sheet, name, s.row, stamp, rawFromNamedValues(s.named), held.response);
}
function upsertLine(ss, ledger, index, source) {
	const print = sourceFingerprint(source);
	const key = source.responseId || CONTENT_KEY_PREFIX + print;
	let at = index.keys.indexOf(key);
	if (at === -1) at = index.keys.indexOf(CONTENT_KEY_PREFIX + print);
	const previous = at === -1 ? void 0 : readLedgerLine(ledger, index.header, at + 2);
	if (previous && previous.key === key && previous.fingerprint === print) return false;
	const record = recordFromSource(source, readAnswerContext(ss));
	if (!record) return false;
	if (at !== -1 && !previous) {
		applyUpserts(ledger, ledger.getDataRange().getValues(), [record]);
		return false;
	}
	if (!previous) {
		writeLedgerRows(ledger, index.lastRow + 1, [record]);
		return true;
	}
	for (const w of planUpserts([previous], [record]).writes) writeLedgerRows(ledger, at + 2, [w.record]);
	return false;
}
function recordSubmissionReadingAll(ss, ledger, submission) {
	const ledgerValues = ledger.getDataRange().getValues();
	const read = readLedger(ledgerValues);
	if (read.records.some((r) => isLegacyKey(r.key))) {
		syncLedger(ss, "catch-up");
		return;
	}
	const name = submission.sheet.getName();
	const source = submittedSource(submission, name, {
		content: (print) => read.records.some((r) => r.fingerprint === print),
		response: (id) => read.records.some((r) => r.key === id)
	});
	const record = source && recordFromSource(source, readAnswerContext(ss));
	const plan = record ? applyUpserts(ledger, ledgerValues, [record]) : void 0;
	catchUpIfMissed(ss, submission.sheet, read.records.filter((r) => r.sheet === name).length + (plan?.added ?? 0));
}
function catchUpIfMissed(ss, sheet, held) {
	const shown = sheet.getLastRow() - 1;
	if (shown > held || missedNoted()) syncLedger(ss, "catch-up");
}
function applyUpserts(ledger, ledgerValues, incoming) {
	const read = readLedger(ledgerValues);
	const plan = planUpserts(read.records, incoming);
	if (plan.writes.length === 0) return plan;
	const appended = plan.writes.filter((w) => w.index === -1).map((w) => w.record);
	const replaced = plan.writes.filter((w) => w.index !== -1);
	const records = [...read.records];
	for (const w of replaced) records[w.index] = w.record;
	const contiguous = read.headerOk && read.rows.every((r, i) => r === i + 2) && ledgerValues.length === read.rows.length + 1;
	if (!contiguous) {
		rewriteLedger(ledger, [...records, ...appended], ledgerValues.length);
	} else {
		for (const w of replaced) writeLedgerRows(ledger, w.index + 2, [w.record]);
		writeLedgerRows(ledger, ledgerValues.length + 1, appended);
	}
	return plan;
}

const NOTES = {
	rowId: "รหัสแถวในชีตมาตรการ ที่ผลแบบประเมินนี้จะไปอยู่",
	sheet: 'ชื่อแท็บคำตอบของแบบประเมินในสมุดงานนี้ เช่น "การตอบแบบฟอร์ม 2" (ในแบบฟอร์ม: คำตอบ > ลิงก์กับชีต > เลือกสเปรดชีตที่มีอยู่ = สมุดงานนี้)',
	questions: "หัวคอลัมน์ของคำถามมาตรวัด ๑–๕ บรรทัดละ ๑ คำถาม — เว้นว่าง = ทุกคอลัมน์ที่คำตอบเป็น ๑–๕ ทั้งหมด",
	label: 'ข้อความนำหน้าผล เช่น "ความพึงพอใจภาพรวม" (เว้นว่างได้)'
};
const WIDTHS$1 = { rowId: 120, sheet: 200, questions: 360, label: 220 };
function ensureSurveySheet(ss) {
	const found = ss.getSheetByName(SHEET.surveys);
	if (found && found.getLastColumn() > 0) return false;
	const sheet = found ?? ss.insertSheet(SHEET.surveys);
	const keys = Object.keys(SURVEY_HEADER);
	const header = sheet.getRange(1, 1, 1, keys.length);
	header.setNotes([keys.map((k) => NOTES[k])]);
	header.setFontWeight("bold");
	header.setBackground("#d9e2f3");
	keys.forEach((k, i) => sheet.setColumnWidth(i + 1, WIDTHS$1[k]));
	sheet.setFrozenRows(1);
	header.setValues([keys.map((k) => SURVEY_HEADER[k])]);
	return true;
}
function ensureFormSheets(ss, actions) {
	if (ensureSurveySheet(ss)) actions.push(`สร้างชีต "${SHEET.surveys}" (เชื่อมแบบประเมินความพึงพอใจกับแถวมาตรการ)`);
}

function escapeHtml(s) {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c
	);
}

const FORM_ID_PROPERTY = "ITA_PROGRESS_FORM_ID";
const ITEM_IDS_PROPERTY = "ITA_PROGRESS_FORM_ITEMS";
const SUBMIT_HANDLER = "onFormSubmit";
function syncProgressFormIn(ss) {
	const result = ensureProgressForm(ss);
	showResult(result);
	return result;
}
function itemType(kind) {
	return kind === "list" ? FormApp.ItemType.LIST : kind === "paragraph" ? FormApp.ItemType.PARAGRAPH_TEXT : FormApp.ItemType.TEXT;
}
function openStoredForm(id) {
	if (!id) return null;
	let form;
	try {
		form = FormApp.openById(id);
	} catch {
		return null;
	}
	try {
		if (DriveApp.getFileById(id).isTrashed()) return null;
	} catch {
	}
	return form;
}
function ensureProgressForm(ss) {
	const actions = [];
	const data = {};
	for (const name of [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures]) {
		const values = sheetValues(ss, name);
		if (values) data[name] = { values };
	}
	const workbook = parseWorkbook(data);
	const style = workbook.config?.digitStyle ?? "thai";
	const units = workbook.units.map((u) => u.value);
	const rows = rowLabels(workbook, style);
	const base = { created: false, actions, rows: rows.length, units: units.length };
	if (units.length === 0 || rows.length === 0) {
		return {
			...base,
			ok: false,
			problem: `ยังสร้างแบบฟอร์มไม่ได้: ต้องมีหน่วยงานในชีต "${SHEET.units}" และมาตรการในชีต "${SHEET.measures}" อย่างน้อยอย่างละ ๑ แถว (เรียกเมนู "ตรวจสอบข้อมูล" เพื่อดูแถวที่ยังไม่ครบ)`
		};
	}
	const props = PropertiesService.getDocumentProperties();
	const storedId = props.getProperty(FORM_ID_PROPERTY);
	let form = openStoredForm(storedId);
	let created = false;
	if (!form) {
		form = FormApp.create(formTitle(workbook.config));
		form.setDescription(FORM_DESCRIPTION);
		form.setConfirmationMessage(FORM_CONFIRMATION);
		form.setAllowResponseEdits(true);
		props.setProperty(FORM_ID_PROPERTY, form.getId());
		props.deleteProperty(ITEM_IDS_PROPERTY);
		created = true;
		actions.push(
			storedId ? "ไม่พบแบบฟอร์มเดิม (ถูกลบหรือย้ายไปถังขยะ) จึงสร้างแบบฟอร์มใหม่ — คำตอบเก่ายังอยู่ในชีตคำตอบเดิม และยังถูกนำเข้ารายงาน; ส่งลิงก์ใหม่ให้หน่วยงาน" : "สร้างแบบฟอร์มรายงานผลใหม่"
		);
	}
	const choices = {
		unit: units.map(unitLabel),
		row: rows.map((r) => r.label),
		round: roundChoices(style),
		status: [...STATUS_CHOICES]
	};
	ensureItems(form, props, choices, actions, created);
	let linked = false;
	try {
		linked = form.getDestinationId() === ss.getId();
	} catch {
		linked = false;
	}
	if (!linked) {
		form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
		actions.push(
			'ตั้งให้คำตอบของแบบฟอร์มเข้ามาในสมุดงานนี้ (ชีต "การตอบแบบฟอร์ม …" เป็นสำเนาของคำตอบ: เรียงลำดับหรือกรองได้ แต่อย่าแก้คำตอบในชีตนั้น)'
		);
	}
	if (ensureSubmitTrigger(ss)) actions.push("ติดตั้งทริกเกอร์บันทึกคำตอบอัตโนมัติ (onFormSubmit)");
	if (ensureLedgerSheet(ss).created) actions.push(`สร้างชีต "${SHEET.ledger}" (ผลจากแบบฟอร์มที่ตรวจแล้ว)`);
	if (ensureSurveySheet(ss)) actions.push(`สร้างชีต "${SHEET.surveys}" (เชื่อมแบบประเมินกับแถวมาตรการ)`);
	return {
		...base,
		ok: true,
		created,
		formId: form.getId(),
		publishedUrl: form.getPublishedUrl(),
		editUrl: form.getEditUrl()
	};
}
function ensureItems(form, props, choices, actions, created) {
	let stored = {};
	try {
		stored = JSON.parse(props.getProperty(ITEM_IDS_PROPERTY) ?? "{}");
	} catch {
		stored = {};
	}
	const items = form.getItems();
	const info = items.map((item) => ({
		item,
		id: item.getId(),
		title: normaliseHeader(item.getTitle()),
		type: String(item.getType())
	}));
	const used = new Set();
	const ids = {};
	const added = [];
	const repaired = [];
	for (const spec of QUESTIONS) {
		const type = String(itemType(spec.kind));
		const found = info.find((i) => i.id === stored[spec.key] && i.type === type && !used.has(i.id)) ?? info.find((i) => i.title === normaliseHeader(spec.title) && i.type === type && !used.has(i.id));
		let question;
		if (found) {
			question = typed(found.item, spec.kind);
			if (found.title !== normaliseHeader(spec.title)) repaired.push(spec.title);
		} else {
			question = addItem(form, spec.kind);
			if (!created) added.push(spec.title);
		}
		const id = found ? found.id : question.getId();
		used.add(id);
		ids[spec.key] = id;
		configure(question, spec, choices[spec.key]);
	}
	props.setProperty(ITEM_IDS_PROPERTY, JSON.stringify(ids));
	if (added.length > 0) actions.push(`เพิ่มคำถาม ${added.map((t) => `"${t}"`).join(", ")}`);
	if (repaired.length > 0)
		actions.push(`คืนชื่อคำถาม ${repaired.map((t) => `"${t}"`).join(", ")} (ชื่อคำถามใช้จับคู่คอลัมน์ในชีตคำตอบ)`);
	if (!created) actions.push("ปรับรายการหน่วยงาน มาตรการ/ค่าเป้าหมาย รอบ และสถานะ ให้ตรงกับสมุดงาน");
}
function addItem(form, kind) {
	return kind === "list" ? form.addListItem() : kind === "paragraph" ? form.addParagraphTextItem() : form.addTextItem();
}
function typed(item, kind) {
	return kind === "list" ? item.asListItem() : kind === "paragraph" ? item.asParagraphTextItem() : item.asTextItem();
}
function configure(question, spec, values) {
	question.setTitle(spec.title);
	question.setHelpText(spec.help);
	question.setRequired(spec.required);
	if (spec.kind === "list") question.setChoiceValues(values ?? []);
}
function ensureSubmitTrigger(ss) {
	const wanted = String(ScriptApp.EventType.ON_FORM_SUBMIT);
	const exists = ScriptApp.getProjectTriggers().some(
		(t) => t.getHandlerFunction() === SUBMIT_HANDLER && String(t.getEventType()) === wanted
	);
	if (exists) return false;
	ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
	return true;
}
function showResult(result) {
	const ui = SpreadsheetApp.getUi();
	if (!result.ok) {
		ui.alert("แบบฟอร์มรายงานผล", result.problem ?? "ยังสร้างแบบฟอร์มไม่ได้", ui.ButtonSet.OK);
		return;
	}
	const link = (url, text) => url ? `<p>${text}<br><a href="${escapeHtml(url)}" target="_blank">${escapeHtml(url)}</a></p>` : "";
	const html = HtmlService.createHtmlOutput(
		`<div style="font-family:Sarabun,sans-serif;font-size:14px;line-height:1.5">
<p><b>แบบฟอร์มรายงานผลพร้อมใช้</b> (หน่วยงาน ${result.units} หน่วย · มาตรการ/ค่าเป้าหมาย ${result.rows} แถว)</p>
<ul>${result.actions.map((a) => `<li>${escapeHtml(a)}</li>`).join("")}</ul>
${link(result.publishedUrl, "ลิงก์สำหรับหน่วยงานตอบแบบฟอร์ม (ส่งให้ผู้ประสานงานของแต่ละสำนัก/หน่วย):")}
${link(result.editUrl, "ลิงก์แก้ไขแบบฟอร์ม (เฉพาะผู้ดูแล — อย่าเปลี่ยนชื่อคำถาม):")}
<p style="color:#555">เพิ่มหรือแก้หน่วยงาน/มาตรการแล้ว ให้เรียกเมนูนี้อีกครั้ง รายการในแบบฟอร์มจะปรับตาม โดยคำตอบเดิมไม่หาย</p>
</div>`
	).setWidth(560).setHeight(380);
	ui.showModalDialog(html, "แบบฟอร์มรายงานผล");
}

const SUBMIT_LOCK_MS = 2e4;
const RECONCILE_LOCK_MS = 3e4;
function syncProgressForm() {
	syncProgressFormIn(SpreadsheetApp.getActiveSpreadsheet());
}
function handleFormSubmit(e) {
	const sheetEvent = e && e.range ? e : void 0;
	const sheet = sheetEvent ? sheetEvent.range.getSheet() : void 0;
	const ss = sheet ? sheet.getParent() : SpreadsheetApp.getActiveSpreadsheet();
	let target;
	if (sheetEvent && sheet) {
		const named = isNamedValues(sheetEvent.namedValues) ? sheetEvent.namedValues : void 0;
		const header = named ? namedHeader(named) : headerOf(sheet);
		if (!responseColumns(header)) {
			if (looksLikeProgressSheet(header)) {
				console.warn(
					`onFormSubmit: sheet "${sheet.getName()}" holds progress answers but its unit or row question was renamed in the form; the answer stays in the sheet: run syncForms (สร้าง/ปรับปรุงแบบฟอร์มรายงานผล), then reconcileResponses.`
				);
				noteMissed();
			}
			return;
		}
		target = {
			sheet,
			row: sheetEvent.range.getRow(),
			header: named ? void 0 : header,
			named,
			values: Array.isArray(sheetEvent.values) ? sheetEvent.values : void 0,
			range: sheetEvent.range
		};
	}
	const run = withDocumentLock(SUBMIT_LOCK_MS, () => {
		try {
			if (target) recordSubmission(ss, target);
			else syncLedger(ss, "catch-up");
		} catch (error) {
			console.error("onFormSubmit failed; the answer stays in the responses sheet (run reconcileResponses)", error);
			throw error;
		}
	});
	if (!run.ok) {
		console.warn(
			`onFormSubmit: lock not free within ${SUBMIT_LOCK_MS} ms; the answer stays in the responses sheet for later.`
		);
		noteMissed();
	}
}
function isNamedValues(value) {
	return typeof value === "object" && value !== null && Object.values(value).every((v) => Array.isArray(v)) && Object.keys(value).length > 0;
}
function reconcileAllResponses(afterSync) {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const run = withDocumentLock(RECONCILE_LOCK_MS, () => syncLedger(ss, "rebuild"));
	if (!run.ok) {
		notify(ss, "ดึงคำตอบแบบฟอร์มใหม่", BUSY_TH);
		return;
	}
	if (!run.value.refused) afterSync?.(ss);
	notify(ss, "ดึงคำตอบแบบฟอร์มใหม่", summaryText(run.value));
}
function notify(ss, title, message) {
	try {
		const ui = SpreadsheetApp.getUi();
		ui.alert(title, message, ui.ButtonSet.OK);
	} catch {
		try {
			ss.toast(message, title, 10);
		} catch {
			console.log(`${title}: ${message}`);
		}
	}
}
function readFormData(ss) {
	const data = {};
	const put = (name) => {
		const values = sheetValues(ss, name);
		if (values) data[name] = { values };
	};
	put(SHEET.ledger);
	put(SHEET.surveys);
	for (const name of formSheetNames(data)) if (!(name in data)) put(name);
	return data;
}
function loadFormView(ss, workbook, config) {
	withDocumentLock(RECONCILE_LOCK_MS, () => {
		try {
			syncLedger(ss, "catch-up", true);
		} catch (error) {
			console.warn("loadFormView: catch-up failed; the report uses the ledger as it is", error);
		}
	});
	return formView(readFormData(ss), workbook, config);
}

function hyperlinkFormulaUrl(formula) {
	const m = /^=\s*HYPERLINK\s*\(\s*"([^"]+)"/i.exec(formula);
	return m ? m[1] : void 0;
}
function readSheet(sheet, richTextRows, linkColumns = "all", formulaRows = richTextRows === "none" ? "all" : richTextRows) {
	const range = sheet.getDataRange();
	const values = range.getValues();
	const links = readLinks(sheet, values, richTextRows, linkColumns, formulaRows);
	return links ? { values, links } : { values };
}
function readLinks(sheet, values, richTextRows, linkColumns, formulaRows) {
	const span = linkSpan(values, linkColumns);
	if (!span) return void 0;
	const width = span.right - span.left + 1;
	const formulas = readRows(sheet, formulaRows, values.length, span.left, width, (r) => r.getFormulas()) ?? [];
	const rich = readRows(sheet, richTextRows, values.length, span.left, width, (r) => r.getRichTextValues());
	return values.map(
		(row, r) => row.map((_, c) => {
			const at = c + 1 - span.left;
			if (at < 0 || at >= width) return void 0;
			const fromFormula = formulas[r]?.[at] ? hyperlinkFormulaUrl(formulas[r][at]) : void 0;
			if (fromFormula) return fromFormula;
			if (!rich || values[r][c] === "" || typeof values[r][c] !== "string") return void 0;
			const value = rich[r]?.[at];
			return value?.getLinkUrl() || runLinks(value);
		})
	);
}
function runLinks(value) {
	const urls = new Set(value?.getRuns().map((run) => run.getLinkUrl()));
	urls.delete(null);
	return urls.size > 0 ? [...urls].join("\n") : void 0;
}
function linkSpan(values, columns) {
	const width = values[0]?.length ?? 0;
	if (columns === "none" || values.length === 0 || width === 0) return void 0;
	if (columns === "all") return { left: 1, right: width };
	const wanted = new Set(columns.map((h) => normaliseHeader(h)));
	for (const line of values.slice(0, 5)) {
		if (!Array.isArray(line)) continue;
		const found = line.map((cell, c) => wanted.has(normaliseHeader(cell)) ? c + 1 : 0).filter((c) => c > 0);
		if (found.length > 0) return { left: Math.min(...found), right: Math.max(...found) };
	}
	return { left: 1, right: width };
}
function readRows(sheet, rows, height, left, width, read) {
	if (rows === "none" || height === 0 || width === 0) return void 0;
	if (rows === "all") return read(sheet.getRange(1, left, height, width));
	const first = Math.max(rows.first, 1);
	const last = Math.min(rows.last, height);
	if (last < first) return void 0;
	const part = read(sheet.getRange(first, left, last - first + 1, width));
	const out = [];
	part.forEach((line, i) => out[first - 1 + i] = line);
	return out;
}
function readWorkbookData(ss, measureRows = "all") {
	const data = {};
	for (const name of DATA_SHEETS) {
		const sheet = ss.getSheetByName(name);
		if (!sheet) continue;
		const linkColumns = name === SHEET.measures ? LINKED_MEASURE_COLUMNS.map((k) => MEASURE_HEADER[k]) : name === SHEET.config ? "all" : "none";
		data[name] = readSheet(sheet, name === SHEET.measures ? measureRows : "none", linkColumns);
	}
	Object.assign(data, readFormData(ss));
	const links = ss.getSheetByName(SHEET.links);
	if (links) data[SHEET.links] = readSheet(links, "none", "none");
	return data;
}
function readSheetsBesideMeasures(ss, withForms = true) {
	const data = {};
	for (const name of DATA_SHEETS) {
		if (name === SHEET.measures) continue;
		const sheet = ss.getSheetByName(name);
		if (sheet) data[name] = readSheet(sheet, "none", "none");
	}
	if (withForms) Object.assign(data, readFormData(ss));
	const links = ss.getSheetByName(SHEET.links);
	if (links) data[SHEET.links] = readSheet(links, "none", "none");
	return data;
}

const MAX_WINDOW_ROWS = 1e3;
function validateMeasureRows(ss, sheet, first, last) {
	const width = sheet.getLastColumn();
	const lastRow = sheet.getLastRow();
	if (width < 1 || last - first + 1 > MAX_WINDOW_ROWS) return void 0;
	const header = sheet.getRange(1, 1, 1, width).getValues()[0];
	const columns = keyColumns(header);
	if (!columns) return void 0;
	const left = Math.min(columns.rowId, columns.heading, columns.issueNo);
	const right = Math.max(columns.rowId, columns.heading, columns.issueNo);
	const keyValues = lastRow >= 2 ? sheet.getRange(2, left, lastRow - 1, right - left + 1).getValues() : [];
	const keys = { left, values: keyValues };
	const spans = rowsToRead(keys, columns, first, last);
	if (spans.reduce((n, s) => n + s.last - s.first + 1, 0) > MAX_WINDOW_ROWS) return void 0;
	const linkHeaders = LINKED_MEASURE_COLUMNS.map((k) => MEASURE_HEADER[k]);
	const blocks = spans.map((span, i) => {
		const values = sheet.getRange(span.first, 1, span.last - span.first + 1, width).getValues();
		if (i > 0) return { first: span.first, values };
		const placed = [header];
		values.forEach((line, r) => placed[span.first - 1 + r] = line);
		const linkAt = linkHeaders.map((h) => header.findIndex((c) => normaliseHeader(c) === normaliseHeader(h)));
		const edited = values.slice(first - span.first, last - span.first + 1);
		const anyText = linkAt.some((c) => c === -1) || edited.some((line) => linkAt.some((c) => cellText$1(line[c]) !== ""));
		if (!anyText) return { first: span.first, values };
		const links = readLinks(sheet, placed, { first, last }, linkHeaders, { first, last });
		return { first: span.first, values, links: links && values.map((_, r) => links[span.first - 1 + r]) };
	});
	const read = (rowIds) => readFormRows(ss, rowIds, lastRow - 1);
	const forms = { edited: { first, last }, read };
	return validateEditedRows({ header, keys, columns, blocks, other: readSheetsBesideMeasures(ss, false), forms });
}

function readSideSheets(ss, name) {
	const data = {};
	for (const source of sideSheetSources(name)) {
		const sheet = ss.getSheetByName(source);
		if (sheet) data[source] = readSheet(sheet, "none", source === SHEET.config ? "all" : "none");
	}
	return data;
}

function handleEdit(e) {
	try {
		if (!e || !e.range) return;
		const sheet = e.range.getSheet();
		const name = sheet.getName();
		if (SYSTEM_SHEETS.includes(name) || !DATA_SHEETS.includes(name)) return;
		const first = Math.max(e.range.getRow(), 2);
		const last = e.range.getLastRow();
		if (last < first) return;
		const range = e.range;
		const columns = () => ({ left: range.getColumn(), right: range.getLastColumn() });
		const run = withDocumentLock(EDIT_LOCK_MS, () => remarkRows(e.source, sheet, name, { first, last, columns }));
		if (!run.ok) console.log(`onEdit: another run holds the lock; rows ${first}-${last} of "${name}" are left to it`);
	} catch (error) {
		console.error("onEdit validation failed", error);
	}
}
function remarkRows(ss, sheet, name, edit) {
	const { first, last } = edit;
	const { findings, keys, header } = validateRows(ss, sheet, name, first, last);
	const rowKeys = new Set();
	for (let r = first; r <= last; r++) {
		const key = keys.rowKeyOf(r);
		rowKeys.add(key ?? UNKEYED_ROW_KEY);
	}
	const memory = loadMarksOfRows(ss, name, rowKeys);
	if (rowsNeedNoMarks(name, header, findings, memory, keys, edit)) return;
	const plan = planRows(sheet, name, void 0, findings, memory, first, last, keys);
	if (!plan) return;
	applyPlans(
		ss,
		memory,
		[plan],
		entriesOutside(memory, [plan], () => false)
	);
}
function validateRows(ss, sheet, name, first, last) {
	if (name === SHEET.measures) {
		const result = validateMeasureRows(ss, sheet, first, last);
		if (result) {
			const keys = keysFromTexts(name, result.header, 0, result.rowIds);
			return { findings: result.findings, keys, header: result.header };
		}
	} else {
		const data2 = readSideSheets(ss, name);
		return { findings: validateSideSheet(data2, name), keys: cellKeysOf(name, data2[name]) };
	}
	const data = readWorkbookData(ss, name === SHEET.measures ? { first, last } : "none");
	return { findings: validateWorkbookData(data).findings, keys: cellKeysOf(name, data[name]) };
}

const MENU_TITLE = "รายงาน ITA";
const MENU_ITEMS = [
	["ตรวจสอบข้อมูล", "validateWorkbook"],
	["ตรวจลิงก์หลักฐาน", "checkEvidenceLinks"],
	["สร้างเอกสารมาตรการ (Google Doc)", "generatePlan"],
	["สร้างรายงาน (Google Doc)", "generateReport"],
	null,
	["สร้าง/ปรับปรุงแบบฟอร์มรายงานผล", "syncForms"],
	["ดึงคำตอบแบบฟอร์มทั้งหมดใหม่", "reconcileResponses"],
	["สรุปความคืบหน้า", "refreshProgress"],
	["ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงาน", "sendReminders"],
	null,
	["ตั้งค่าสมุดงาน", "setupWorkbook"],
	["ใส่ข้อมูลตัวอย่าง (รายงาน กสม. ๒๕๖๗)", "fillExampleData"],
	null,
	["วิธีใช้และรุ่นโปรแกรม", "showHelpDialog"]
];
function buildMenu(_e) {
	const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
	for (const item of MENU_ITEMS) {
		if (item === null) menu.addSeparator();
		else menu.addItem(item[0], item[1]);
	}
	menu.addToUi();
}

const DEFAULT_BATCH_LIMITS = {
	maxRequestsPerBatch: 5e4,
	maxBytesPerBatch: 8 * 1024 * 1024
};
function utf8Length(s) {
	let bytes = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 128) bytes += 1;
		else if (c < 2048) bytes += 2;
		else if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
			const next = s.charCodeAt(i + 1);
			if (next >= 56320 && next <= 57343) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}
const ENVELOPE_BYTES = utf8Length('{"requests":[]}');
function splitIntoBatches(requests, limits = DEFAULT_BATCH_LIMITS) {
	const batches = [];
	const bytes = [];
	let current = [];
	let size = ENVELOPE_BYTES;
	for (const request of requests) {
		const own = utf8Length(JSON.stringify(request));
		const added = own + (current.length > 0 ? 1 : 0);
		if (ENVELOPE_BYTES + own > limits.maxBytesPerBatch) {
			throw new Error(`One request alone is ${own} bytes, over the batch limit of ${limits.maxBytesPerBatch} bytes.`);
		}
		if (current.length > 0 && (size + added > limits.maxBytesPerBatch || current.length >= limits.maxRequestsPerBatch)) {
			batches.push(current);
			bytes.push(size);
			current = [];
			size = ENVELOPE_BYTES;
		}
		size += current.length > 0 ? own + 1 : own;
		current.push(request);
	}
	if (current.length > 0) {
		batches.push(current);
		bytes.push(size);
	}
	return { batches, bytes };
}

function blockText(paragraphs) {
	return paragraphs.map((p) => p.text).join("\n");
}
function blockSizePt(p, m) {
	return p.size === "normal" ? m.normalPt : m.tablePt;
}
function blockIndentPt(p, m) {
	return p.rightHalf ? m.rightHalfPt : p.indent ? m.indentPt : 0;
}
function keepsWithNext(paragraphs, i) {
	const p = paragraphs[i];
	const next = paragraphs[i + 1];
	return Boolean(p.bold) || Boolean(p.rightHalf && next?.rightHalf) && next.spaceAbovePt === void 0;
}
function blockStyleRequests(paragraphs, start, font, m) {
	const requests = [];
	let at = start;
	paragraphs.forEach((p, i) => {
		const end = at + p.text.length;
		if (p.text !== "") {
			requests.push({
				updateTextStyle: {
					range: { startIndex: at, endIndex: end },
					textStyle: {
						weightedFontFamily: { fontFamily: font, weight: 400 },
						fontSize: pt$1(blockSizePt(p, m)),
						bold: Boolean(p.bold)
					},
					fields: "weightedFontFamily,fontSize,bold"
				}
			});
			requests.push({
				updateParagraphStyle: {
					range: { startIndex: at, endIndex: end },
					paragraphStyle: {
						alignment: p.align ?? "START",
						indentStart: pt$1(blockIndentPt(p, m)),
						indentFirstLine: pt$1(blockIndentPt(p, m)),
						lineSpacing: 100,
						spaceAbove: pt$1(p.spaceAbovePt ?? 0),
						spaceBelow: pt$1(0),
						keepWithNext: keepsWithNext(paragraphs, i)
					},
					fields: "alignment,indentStart,indentFirstLine,lineSpacing,spaceAbove,spaceBelow,keepWithNext"
				}
			});
		}
		at = end + 1;
	});
	return requests;
}
function pt$1(magnitude) {
	return { magnitude, unit: "PT" };
}

const DOCS_STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/;
function insertable(text) {
	const m = DOCS_STRIPPED.exec(text);
	if (m) {
		const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
		throw new Error(
			`Internal: U+${code} reached the Docs requests uncleaned (at ${m.index} of "${text.slice(0, 40)}")`
		);
	}
	return text;
}
function pt(magnitude) {
	return { magnitude, unit: "PT" };
}
function footerLineRequests(footerId, footerText, font, sizePt, createsFooter) {
	const text = createsFooter ? footerText : `${footerText}
`;
	const range = { segmentId: footerId, startIndex: 0, endIndex: footerText.length };
	return [
		{ insertText: { location: { segmentId: footerId, index: 0 }, text: insertable(text) } },
		{
			updateTextStyle: {
				range,
				textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(sizePt) },
				fields: "weightedFontFamily,fontSize"
			}
		},
		{ updateParagraphStyle: { range, paragraphStyle: { alignment: "CENTER" }, fields: "alignment" } }
	];
}
const CELL_PADDING_PT = { vertical: 2, horizontal: 4 };
function tableGeometryRequests(tableStart, widthsPt) {
	const tableStartLocation = { index: tableStart };
	return [
		...widthsPt.map((width, c) => ({
			updateTableColumnProperties: {
				tableStartLocation,
				columnIndices: [c],
				tableColumnProperties: { widthType: "FIXED_WIDTH", width: pt(width) },
				fields: "widthType,width"
			}
		})),
		{
			updateTableCellStyle: {
				tableStartLocation,
				tableCellStyle: {
					paddingTop: pt(CELL_PADDING_PT.vertical),
					paddingBottom: pt(CELL_PADDING_PT.vertical),
					paddingLeft: pt(CELL_PADDING_PT.horizontal),
					paddingRight: pt(CELL_PADDING_PT.horizontal)
				},
				fields: "paddingTop,paddingBottom,paddingLeft,paddingRight"
			}
		}
	];
}

const PAGE = {
	widthPt: 841.89,
	heightPt: 595.28,
	marginLeftPt: 36,
	marginRightPt: 36,
	marginTopPt: 42,
	marginBottomPt: 42
};
const FONT_SIZE_PT = { table: 11, title: 16, agency: 15, normal: 14, footer: 9 };
function titleLineSizePt(emphasis) {
	return emphasis === "title" ? FONT_SIZE_PT.title : emphasis === "agency" ? FONT_SIZE_PT.agency : FONT_SIZE_PT.normal;
}
const DOCS_MAX_CHARACTERS = 102e4;
const BLOCK_METRICS = {
	normalPt: FONT_SIZE_PT.normal,
	tablePt: FONT_SIZE_PT.table,
	indentPt: 18,
	rightHalfPt: Math.floor((PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) / 2)
};
const COLUMNS$1 = 6;
const HEADER_ROWS = 2;
const HEADER_BACKGROUND = { red: 0.91, green: 0.91, blue: 0.91 };
function pageStyleRequest() {
	return {
		updateDocumentStyle: {
			documentStyle: {
				pageSize: { width: pt(PAGE.widthPt), height: pt(PAGE.heightPt) },
				marginLeft: pt(PAGE.marginLeftPt),
				marginRight: pt(PAGE.marginRightPt),
				marginTop: pt(PAGE.marginTopPt),
				marginBottom: pt(PAGE.marginBottomPt)
			},
			fields: "pageSize,marginLeft,marginRight,marginTop,marginBottom"
		}
	};
}
function cellParagraphIndex(tableStart, row, column, columns = COLUMNS$1) {
	return tableStart + 3 + row * (2 * columns + 1) + 2 * column;
}
function footerIdFromReplies(replies) {
	for (const reply of replies ?? []) {
		const id = reply?.createFooter?.footerId;
		if (id) return id;
	}
	return void 0;
}
function columnWidthsPt(weights) {
	const usable = PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt;
	const total = weights.reduce((a, b) => a + b, 0);
	return weights.map((w) => Math.floor(usable * w / total * 100) / 100);
}

const EMPTY = { text: "", bold: [], links: [], center: false };
function cellRequests(at, content) {
	const styles = [];
	for (const [s, e] of content.bold) {
		styles.push({
			updateTextStyle: {
				range: { startIndex: at + s, endIndex: at + e },
				textStyle: { bold: true },
				fields: "bold"
			}
		});
	}
	for (const l of content.links) {
		styles.push({
			updateTextStyle: {
				range: { startIndex: at + l.start, endIndex: at + l.end },
				textStyle: { link: { url: l.url } },
				fields: "link"
			}
		});
	}
	if (content.center) {
		styles.push({
			updateParagraphStyle: {
				range: { startIndex: at, endIndex: at + content.text.length },
				paragraphStyle: { alignment: "CENTER" },
				fields: "alignment"
			}
		});
	}
	return { insert: { insertText: { location: { index: at }, text: insertable(content.text) } }, styles };
}
function mergeRanges(model) {
	const merges = [];
	for (let c = 0; c < COLUMNS$1; c++) {
		const top = model.headerTop[c];
		if (top === null) continue;
		const columnSpan = c + 1 < COLUMNS$1 && model.headerTop[c + 1] === null ? 2 : 1;
		const below = model.headerBottom.slice(c, c + columnSpan).some((t) => t !== "");
		if (columnSpan > 1) merges.push({ row: 0, column: c, rowSpan: 1, columnSpan });
		else if (!below) merges.push({ row: 0, column: c, rowSpan: HEADER_ROWS, columnSpan: 1 });
	}
	model.body.forEach((row, i) => {
		const r = HEADER_ROWS + i;
		if (row.kind === "section") {
			merges.push({ row: r, column: 0, rowSpan: 1, columnSpan: COLUMNS$1 });
			return;
		}
		row.cells.forEach((cell, c) => {
			if (cell.rowSpan > 1) merges.push({ row: r, column: c, rowSpan: cell.rowSpan, columnSpan: 1 });
		});
	});
	return merges;
}
function cellContent(model, r, c) {
	if (r < HEADER_ROWS) {
		const text = (r === 0 ? model.headerTop[c] : model.headerBottom[c]) ?? "";
		return text === "" ? EMPTY : { text, bold: [[0, text.length]], links: [], center: true };
	}
	const row = model.body[r - HEADER_ROWS];
	if (row.kind === "section") {
		return c === 0 && row.text !== "" ? { text: row.text, bold: [[0, row.text.length]], links: [], center: false } : EMPTY;
	}
	return fromCell(row.cells[c]);
}
function fromCell(cell) {
	if (cell.rowSpan === 0) return EMPTY;
	let text = "";
	const bold = [];
	const links = [];
	cell.paragraphs.forEach((p, i) => {
		if (i > 0) text += "\n";
		for (const run of p.runs) {
			if (run.text === "") continue;
			const start = text.length;
			text += run.text;
			const end = text.length;
			if (run.bold) {
				const last = bold[bold.length - 1];
				if (last && (last[1] === start || last[1] + 1 === start && text[last[1]] === "\n")) last[1] = end;
				else bold.push([start, end]);
			}
			if (run.link) links.push({ start, end, url: run.link });
		}
	});
	return { text, bold, links, center: false };
}

const TITLE_SPACE_BELOW_PT = 10;
function buildDocsRequests(model, options = {}) {
	const limits = { ...DEFAULT_BATCH_LIMITS, ...options.limits };
	const font = model.font || "Sarabun";
	const footerText = options.footerText === void 0 ? applyDigitStyle(
		`${model.title} ประจำปีงบประมาณ พ.ศ. ${model.fiscalYear} ${roundLine(model.round, model.digitStyle)}`,
		model.digitStyle
	) : options.footerText;
	const hasFooter = footerText !== null && footerText !== "";
	const createsFooter = hasFooter && !options.footerExists;
	const requests = [];
	if (createsFooter) requests.push({ createFooter: { type: "DEFAULT" } });
	requests.push(pageStyleRequest());
	const titleTexts = model.titleLines.map((l) => l.text);
	const titleText = titleTexts.join("\n");
	const summaryText = blockText(model.summary);
	const preText = summaryText === "" ? titleText : `${titleText}
${summaryText}`;
	if (preText !== "") requests.push({ insertText: { location: { index: 1 }, text: insertable(preText) } });
	const titleStarts = [];
	let at = 1;
	for (const t of titleTexts) {
		titleStarts.push(at);
		at += t.length + 1;
	}
	const titleEnd = 1 + titleText.length;
	const rows = HEADER_ROWS + model.body.length;
	const preEnd = 1 + preText.length;
	const tableStart = preEnd + 1;
	requests.push({ insertTable: { rows, columns: COLUMNS$1, location: { index: preEnd } } });
	let characters = preText.length;
	for (let r = rows - 1; r >= 0; r--) {
		for (let c = COLUMNS$1 - 1; c >= 0; c--) {
			const content = cellContent(model, r, c);
			if (content.text === "") continue;
			characters += content.text.length;
			const { insert, styles } = cellRequests(cellParagraphIndex(tableStart, r, c), content);
			requests.push(insert, ...styles);
		}
	}
	const tableEnd = tableStart + 1 + rows * (2 * COLUMNS$1 + 1) + 1 + (characters - preText.length);
	const closingText = blockText(model.closing);
	if (closingText !== "") {
		requests.push({ insertText: { location: { index: tableEnd }, text: insertable(closingText) } });
		requests.push(...blockStyleRequests(model.closing, tableEnd, font, BLOCK_METRICS));
		characters += closingText.length;
	}
	const bodyEnd = tableEnd + closingText.length + 1;
	requests.push({
		updateTextStyle: {
			range: { startIndex: 1, endIndex: tableEnd },
			textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(FONT_SIZE_PT.table) },
			fields: "weightedFontFamily,fontSize"
		}
	});
	requests.push({
		updateParagraphStyle: {
			range: { startIndex: 1, endIndex: tableEnd },
			paragraphStyle: { lineSpacing: 100, spaceAbove: pt(0), spaceBelow: pt(0) },
			fields: "lineSpacing,spaceAbove,spaceBelow"
		}
	});
	if (titleTexts.length > 0) {
		requests.push({
			updateParagraphStyle: {
				range: { startIndex: 1, endIndex: titleEnd + 1 },
				paragraphStyle: { alignment: "CENTER" },
				fields: "alignment"
			}
		});
		const lastStart = titleStarts[titleStarts.length - 1];
		requests.push({
			updateParagraphStyle: {
				range: { startIndex: lastStart, endIndex: titleEnd + 1 },
				paragraphStyle: { spaceBelow: pt(TITLE_SPACE_BELOW_PT) },
				fields: "spaceBelow"
			}
		});
	}
	model.titleLines.forEach((line, i) => {
		if (line.text === "") return;
		const size = titleLineSizePt(line.emphasis);
		requests.push({
			updateTextStyle: {
				range: { startIndex: titleStarts[i], endIndex: titleStarts[i] + line.text.length },
				textStyle: { bold: line.emphasis !== "normal", fontSize: pt(size) },
				fields: "bold,fontSize"
			}
		});
	});
	if (summaryText !== "") requests.push(...blockStyleRequests(model.summary, titleEnd + 1, font, BLOCK_METRICS));
	const tableStartLocation = { index: tableStart };
	requests.push(...tableGeometryRequests(tableStart, columnWidthsPt(model.columnWeights)));
	requests.push({
		updateTableCellStyle: {
			tableRange: {
				tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
				rowSpan: HEADER_ROWS,
				columnSpan: COLUMNS$1
			},
			tableCellStyle: {
				backgroundColor: { color: { rgbColor: { ...HEADER_BACKGROUND } } },
				contentAlignment: "MIDDLE"
			},
			fields: "backgroundColor,contentAlignment"
		}
	});
	for (const m of mergeRanges(model)) {
		requests.push({
			mergeTableCells: {
				tableRange: {
					tableCellLocation: { tableStartLocation, rowIndex: m.row, columnIndex: m.column },
					rowSpan: m.rowSpan,
					columnSpan: m.columnSpan
				}
			}
		});
	}
	requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: HEADER_ROWS } });
	const { batches, bytes } = splitIntoBatches(requests, limits);
	const footerRequests = (footerId) => {
		if (!hasFooter || footerText === null) return [];
		return footerLineRequests(footerId, footerText, font, FONT_SIZE_PT.footer, createsFooter);
	};
	return {
		batches,
		requests,
		hasFooter,
		createsFooter,
		footerRequests,
		stats: {
			batchUpdateCalls: batches.length + (hasFooter ? 1 : 0),
			requests: requests.length + (hasFooter ? 3 : 0),
			bytesPerBatch: bytes,
			tableRows: rows,
			tableStartIndex: tableStart,
			bodyEndIndex: bodyEnd,
			characters
		}
	};
}

const FAILED_PREFIX = "[ไม่สมบูรณ์ — สร้างไม่สำเร็จ]";
const IN_PROGRESS_PREFIX = "[กำลังสร้าง — ยังไม่เสร็จ]";
function inProgressName(title, token) {
	return `${IN_PROGRESS_PREFIX} ${title} #${token}`;
}
function reportName(model) {
	return `${model.title} ปีงบประมาณ ${model.fiscalYear} รอบ ${model.round} เดือน`;
}
function generatedStamp(t) {
	const two = (n) => String(n).padStart(2, "0");
	return `${toBuddhistYear(t.year)}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}`;
}
function reportLabels(model, generatedAt) {
	const stamp = generatedStamp(generatedAt);
	return {
		title: applyDigitStyle(`${reportName(model)} (สร้างเมื่อ ${stamp})`, model.digitStyle),
		footerText: applyDigitStyle(`${reportName(model)} · สร้างเมื่อ ${stamp}`, model.digitStyle)
	};
}
function pdfName(docName, oitCode) {
	return `${oitCode ? `${oitCode} ` : ""}${docName}.pdf`;
}

function tooLongForDocsTh(characters, formatNumber, what = "รายงาน") {
	return `${what}นี้มีประมาณ ${formatNumber(characters)} ตัวอักษร แต่ Google Doc หนึ่งไฟล์รับได้ราว ${formatNumber(DOCS_MAX_CHARACTERS)} ตัวอักษร จึงยังไม่ได้สร้างเอกสาร`;
}
function stoppedPartWayTh(detail, discarded, docId, nextRunRetries = false) {
	return `การเขียนรายงานลงใน Google Doc หยุดกลางทาง: ${detail}
` + (discarded ? `เอกสารที่เขียนไม่ครบถูกเปลี่ยนชื่อขึ้นต้นด้วย "${FAILED_PREFIX}" และย้ายไปถังขยะของ Google Drive แล้ว ` : nextRunRetries ? `เอกสารที่เขียนไม่ครบ (รหัส ${docId} ชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}") ยังอยู่ใน Google Drive การสั่งสร้างรายงานครั้งถัดไปจะย้ายไปถังขยะให้ (หรือลบเองก็ได้) ` : `เอกสารที่เขียนไม่ครบ (รหัส ${docId}) ยังอยู่ใน Google Drive โปรดลบเอง `) + "รายงานฉบับก่อน ๆ ไม่ถูกแตะต้อง";
}
function leftoversTh(discarded, stuck, formatNumber) {
	const lines = [];
	if (discarded > 0)
		lines.push(
			`พบรายงานที่การสั่งสร้างครั้งก่อนทำค้างไว้ไม่เสร็จ ${formatNumber(discarded)} ไฟล์ (ครั้งนั้นหยุดกลางทาง เช่น ทำงานเกินเวลา 6 นาที) จึงเปลี่ยนชื่อขึ้นต้นด้วย "${FAILED_PREFIX}" และย้ายไปถังขยะของ Google Drive แล้ว`
		);
	if (stuck.length > 0)
		lines.push(
			`ยังย้ายรายงานที่สร้างค้างไว้ไม่เสร็จจากครั้งก่อนไปถังขยะไม่ได้ ${formatNumber(stuck.length)} ไฟล์ (ชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}") จะลองอีกครั้งเมื่อสั่งสร้างรายงานครั้งถัดไป หรือลบเองใน Google Drive`
		);
	return lines.length ? lines.join("\n") : void 0;
}
const REPORT_BUSY_TH = "บัญชีนี้กำลังสร้างรายงานอยู่อีกครั้งหนึ่ง (เช่น สั่งไว้จากอีกแท็บ) จึงยังไม่ได้สร้างเอกสาร รอให้ครั้งนั้นเสร็จ (ไม่เกิน 6 นาที) แล้วสั่งสร้างรายงานอีกครั้ง";

function errorMessage(e) {
	const message = e !== null && typeof e === "object" ? e.message : void 0;
	return typeof message === "string" ? message : String(e);
}

const TOO_LARGE = /request payload size exceeds the limit|request entity too large|\b413\b/i;
const TIMED_OUT = /deadline.?exceeded|timed? ?out|time-out|\b504\b/i;
const REVISION_MOVED = /required revision/i;
function batchFailure(message, status, retried) {
	if (TOO_LARGE.test(message)) return "too-large";
	if (TIMED_OUT.test(message)) return "uncertain";
	if (retried && REVISION_MOVED.test(message)) return "uncertain";
	return "fail";
}
function halves(requests) {
	if (requests.length < 2) return void 0;
	const middle = Math.ceil(requests.length / 2);
	return [requests.slice(0, middle), requests.slice(middle)];
}
const EMPTY_BODY_END = 2;
function bodyGrowth(requests) {
	let growth = 0;
	for (const r of requests) {
		if (r.insertText && !r.insertText.location?.segmentId) growth += (r.insertText.text ?? "").length;
		if (r.insertTable) growth += (r.insertTable.rows ?? 0) * (2 * (r.insertTable.columns ?? 0) + 1) + 3;
	}
	return growth;
}

const READ_FIELDS = "revisionId,documentStyle(defaultFooterId),body(content(endIndex)),footers";
function footerTextOf(footers, id) {
	const footer = id ? footers?.[id] : void 0;
	return footer?.content?.map((e) => (e.paragraph?.elements ?? []).map((r) => r.textRun?.content ?? "").join("")).join("");
}
function bodyEndOf(body) {
	const content = body?.content ?? [];
	return content.length > 0 ? content[content.length - 1].endIndex ?? void 0 : void 0;
}
function* steps(plan, start) {
	const outcome = { batchUpdateCalls: 0, splits: 0, reads: 0 };
	let revisionId = start.revisionId;
	let footerId = start.footerId;
	const queue = plan.batches.map((b) => b.slice());
	let bodyEnd = start.bodyEnd ?? EMPTY_BODY_END;
	let footerQueued = false;
	for (; ; ) {
		if (queue.length === 0) {
			if (!plan.hasFooter || footerQueued) return outcome;
			if (!footerId) throw new Error("createFooter returned no footerId");
			queue.push(plan.footerRequests(footerId));
			footerQueued = true;
		}
		const batch = queue[0];
		const answer = yield { kind: "send", requests: batch, revisionId };
		if (answer.kind === "sent") {
			queue.shift();
			outcome.batchUpdateCalls++;
			bodyEnd += bodyGrowth(batch);
			revisionId = answer.reply.revisionId;
			footerId ?? (footerId = footerIdFromReplies(answer.reply.replies));
			yield { kind: "applied", count: batch.length, revisionId, footerId, bodyEnd };
			continue;
		}
		if (answer.kind !== "failed" || answer.failure === "fail")
			throw answer.kind === "failed" ? answer.error : new Error("Internal: bad answer");
		if (answer.failure === "uncertain") {
			if (!revisionId) throw answer.error;
			const read = yield { kind: "read" };
			if (read.kind !== "read") throw new Error("Internal: bad answer");
			outcome.reads++;
			if (landed(batch, bodyEnd, revisionId, read.state, answer.error)) {
				queue.shift();
				outcome.batchUpdateCalls++;
				bodyEnd += bodyGrowth(batch);
				revisionId = read.state.revisionId;
				if (batch.some((r) => r.createFooter)) footerId ?? (footerId = read.state.footerId);
				yield { kind: "applied", count: batch.length, revisionId, footerId, bodyEnd };
				continue;
			}
			revisionId = read.state.revisionId;
		}
		const parts = halves(batch);
		if (!parts) throw answer.error;
		queue.splice(0, 1, ...parts);
		outcome.splits++;
	}
}
function landed(batch, before, revisionId, state, error) {
	if (!state.revisionId) throw error;
	const moved = state.revisionId !== revisionId;
	const growth = bodyGrowth(batch);
	const line = batch.find((r) => r.insertText?.location?.segmentId)?.insertText?.text;
	if (growth === 0 && line && state.footerText !== void 0) return state.footerText.includes(line);
	if (growth === 0 || state.bodyEnd === void 0) return moved;
	if (state.bodyEnd === before + growth) return true;
	if (state.bodyEnd === before) return false;
	throw error;
}
function writeBatches(plan, start, calls) {
	const run = steps(plan, start);
	let next = run.next();
	while (!next.done) {
		const step = next.value;
		let answer;
		if (step.kind === "read") answer = { kind: "read", state: calls.read() };
		else if (step.kind === "applied") {
			calls.applied?.(step);
			answer = { kind: "ack" };
		} else {
			calls.sending?.(step.requests);
			try {
				answer = { kind: "sent", reply: calls.send(step.requests, step.revisionId) };
			} catch (e) {
				answer = { kind: "failed", error: e, failure: calls.failure(e) };
			}
		}
		next = run.next(answer);
	}
	return next.value;
}

const FOOTER_ID_SLOT = "__ita_footer_id__";
function planSegments(plan) {
	const segments = plan.batches.map((b) => b.slice());
	if (plan.hasFooter) segments.push(plan.footerRequests(FOOTER_ID_SLOT));
	return segments;
}
function fillFooterId(requests, footerId) {
	const text = JSON.stringify(requests);
	if (!text.includes(FOOTER_ID_SLOT)) return requests.slice();
	if (!footerId) throw new Error("createFooter returned no footerId");
	return JSON.parse(text.split(FOOTER_ID_SLOT).join(footerId));
}
function isDone(segments, cursor) {
	return cursor.segment >= segments.length;
}
function remainingMs(segments, cursor) {
	let ms = COST.reportFinish.range[1];
	for (let i = cursor.segment; i < segments.length; i++)
		ms += docsBatchMs(segments[i].length - (i === cursor.segment ? cursor.offset : 0));
	return ms;
}
function nextCount(segments, cursor, leftMs, mustProgress) {
	const left = segments[cursor.segment].length - cursor.offset;
	const fit = Math.min(left, requestsWithin(leftMs));
	return fit > 0 ? fit : mustProgress ? Math.min(left, 1) : 0;
}
function advance(segments, cursor, count) {
	const offset = cursor.offset + count;
	return offset >= segments[cursor.segment].length ? { segment: cursor.segment + 1, offset: 0 } : { segment: cursor.segment, offset };
}
function inFlightRequests(segments, p) {
	return segments[p.cursor.segment].slice(p.cursor.offset, p.cursor.offset + p.inFlight);
}
function resume(segments, p, doc) {
	const stale = new Error("เอกสารไม่อยู่ในสภาพที่การเขียนครั้งก่อนทิ้งไว้ (อาจมีคนแก้ไขเอกสารที่ยังสร้างไม่เสร็จ)");
	if (!doc.revisionId) throw stale;
	if (p.inFlight > 0 && p.revisionId) {
		const batch = inFlightRequests(segments, p);
		if (landed(batch, p.bodyEnd, p.revisionId, doc, stale)) {
			const footerId = p.footerId ?? (batch.some((r) => r.createFooter) ? doc.footerId : void 0);
			return {
				cursor: advance(segments, p.cursor, batch.length),
				revisionId: doc.revisionId,
				bodyEnd: p.bodyEnd + bodyGrowth(batch),
				footerId,
				inFlight: 0
			};
		}
		return { ...p, revisionId: doc.revisionId, inFlight: 0 };
	}
	if (p.inFlight > 0) throw stale;
	if (doc.bodyEnd !== void 0 && doc.bodyEnd !== p.bodyEnd) throw stale;
	return { ...p, revisionId: doc.revisionId };
}

const MAX_ATTEMPTS = 6;
const FIRST_BACKOFF_MS = 1e3;
function isRetryable(message) {
	return /\b(429|500|503)\b/.test(message) || /rate limit|quota|too many requests|backend error|internal error|service (is currently )?unavailable|try again/i.test(
		message
	);
}
function withRetry(fn, attempts = MAX_ATTEMPTS) {
	for (let attempt = 1; ; attempt++) {
		try {
			return fn();
		} catch (e) {
			if (attempt >= attempts || !isRetryable(errorMessage(e))) throw e;
			Utilities.sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1) + Math.floor(Math.random() * 500));
		}
	}
}
function docsCalls(documents, docId) {
	let attempts = 0;
	return {
		send(requests, revisionId) {
			const resource = {
				requests,
				...revisionId ? { writeControl: { requiredRevisionId: revisionId } } : {}
			};
			attempts = 0;
			const response = withRetry(() => {
				attempts++;
				return documents.batchUpdate(resource, docId);
			});
			return { replies: response.replies, revisionId: response.writeControl?.requiredRevisionId ?? void 0 };
		},
		read() {
			const doc = withRetry(() => documents.get(docId, { fields: READ_FIELDS }));
			return {
				revisionId: doc.revisionId ?? void 0,
				footerId: doc.documentStyle?.defaultFooterId ?? void 0,
				bodyEnd: bodyEndOf(doc.body),
				footerText: footerTextOf(doc.footers, doc.documentStyle?.defaultFooterId)
			};
		},
		failure: (e) => batchFailure(errorMessage(e), void 0, attempts > 1)
	};
}

var __defProp$4 = Object.defineProperty;
var __defNormalProp$4 = (obj, key, value) => key in obj ? __defProp$4(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField$4 = (obj, key, value) => __defNormalProp$4(obj, typeof key !== "symbol" ? key + "" : key, value);
const RESULT_OK = "สำเร็จ";
const RESULT_FAILED = "ล้มเหลว";
const RESULT_CONTINUING = "กำลังสร้างต่อ";
const HISTORY_HEADER = [
	"เวลา",
	"ผู้สั่ง",
	"ปีงบประมาณ/รอบ",
	"จำนวนแถว",
	"ข้อผิดพลาด",
	"คำเตือน",
	"ลิงก์ Google Doc",
	"ลิงก์ PDF",
	"ผล",
	"เหตุผล/หมายเหตุ"
];
const WIDTHS = [140, 200, 140, 80, 80, 80, 260, 260, 80, 480];
class RunRecord {
	constructor(startedAt) {
		__publicField$4(this, "startedAt", startedAt);
		__publicField$4(this, "round", "");
		__publicField$4(this, "rows", "");
		__publicField$4(this, "errors", "");
		__publicField$4(this, "warnings", "");
		__publicField$4(this, "docUrl", "");
		__publicField$4(this, "pdfUrl", "");
		__publicField$4(this, "result", RESULT_FAILED);
		__publicField$4(this, "reason", "หยุดก่อนสร้างรายงานเสร็จ");
		__publicField$4(this, "written", false);
	}
	fail(reason) {
		this.result = RESULT_FAILED;
		this.reason = firstParagraph(reason);
	}
	continuing(note) {
		this.result = RESULT_CONTINUING;
		this.reason = note;
	}
	succeed(notes) {
		this.result = RESULT_OK;
		this.reason = notes.filter((n) => Boolean(n)).join("\n");
	}
	write(ss, timeZone) {
		if (this.written) return;
		this.written = true;
		try {
			const sheet = ss.getSheetByName(SHEET.history) ?? createHistorySheet(ss);
			sheet.appendRow([
				Utilities.formatDate(this.startedAt, timeZone, "yyyy-MM-dd HH:mm:ss"),
				currentUser(),
				this.round,
				this.rows,
				this.errors,
				this.warnings,
				this.docUrl,
				this.pdfUrl,
				this.result,
				plainText(this.reason)
			]);
		} catch (e) {
			console.warn(`report history: could not append to "${SHEET.history}": ${errorMessage(e)}`);
		}
	}
}
function createHistorySheet(ss) {
	const sheet = ss.insertSheet(SHEET.history);
	sheet.getRange(1, 1, 1, HISTORY_HEADER.length).setValues([[...HISTORY_HEADER]]).setFontWeight("bold").setBackground("#d9e2f3");
	sheet.setFrozenRows(1);
	WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
	return sheet;
}
function currentUser() {
	try {
		return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
	} catch {
		return "";
	}
}
function firstParagraph(text) {
	return text.split("\n\n")[0].trim();
}
function plainText(text) {
	return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

function continuesInBackgroundTh(percent, afterMinutes) {
	return `รายงานนี้ใหญ่เกินกว่าจะเขียนเสร็จในการทำงานครั้งเดียว (Apps Script ให้ทำงานได้ครั้งละไม่เกิน 6 นาที) จึงเขียนไปก่อนประมาณ ${percent}% ส่วนที่เหลือจะเขียนต่อเองเบื้องหลังในอีกประมาณ ${afterMinutes} นาที ไม่ต้องสั่งซ้ำ และปิดหน้านี้ได้
ระหว่างนี้เอกสารยังมีชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}" และยังไม่มีไฟล์ PDF (ยังใช้ไม่ได้) เมื่อเขียนครบจึงเปลี่ยนเป็นชื่อจริง ดูสถานะได้ในชีต "${SHEET.history}": บรรทัด "${RESULT_CONTINUING}" แล้วตามด้วยบรรทัดผลเมื่อเสร็จ (พร้อมลิงก์เอกสารและ PDF)`;
}
function stillContinuingTh(startedAt, executions, staleMinutes) {
	return `รายงานที่สั่งสร้างเมื่อ ${startedAt} ยังเขียนต่ออยู่เบื้องหลัง (ทำงานไปแล้ว ${executions} ครั้ง) จึงยังไม่เริ่มฉบับใหม่ รอให้เสร็จก่อน ดูผลได้ในชีต "${SHEET.history}" แล้วจึงสั่งสร้างรายงานอีกครั้ง (หากฉบับนั้นไม่คืบหน้าเลยเกิน ${staleMinutes} นาที การสั่งครั้งถัดไปจะยกเลิกฉบับที่ค้าง ย้ายไปถังขยะ และเริ่มใหม่)`;
}
function finishedAfterTh(executions) {
	return `เขียนต่อเบื้องหลังจนเสร็จ รวม ${executions} ครั้งของการทำงาน`;
}

var __defProp$3 = Object.defineProperty;
var __defNormalProp$3 = (obj, key, value) => key in obj ? __defProp$3(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField$3 = (obj, key, value) => __defNormalProp$3(obj, key + "" , value);
const KEY$1 = "ita.reportContinuation";
const BUDGET_PROPERTY = "ita.reportBudgetMs";
const CONTINUE_HANDLER = "continueReport";
const STALE_MS = 20 * 60 * 1e3;
const RETRY_DELAY_MS = 10 * 60 * 1e3;
class ContinuationStore {
	constructor(props) {
		__publicField$3(this, "props", props);
	}
	load() {
		const text = this.props.getProperty(KEY$1);
		if (!text) return void 0;
		try {
			const c = JSON.parse(text);
			return c && c.v === 1 && typeof c.runId === "string" && typeof c.docId === "string" && c.progress ? c : void 0;
		} catch {
			return void 0;
		}
	}
	save(c, now) {
		c.updatedAt = now;
		this.props.setProperty(KEY$1, JSON.stringify(c));
	}
	clear() {
		this.props.deleteProperty(KEY$1);
	}
}
function budgetMs() {
	try {
		const value = Number(PropertiesService.getScriptProperties().getProperty(BUDGET_PROPERTY));
		if (Number.isFinite(value) && value > 0) return Math.min(value, REPORT_BUDGET_MS);
	} catch {
	}
	return REPORT_BUDGET_MS;
}
function planFileName(runId) {
	return `ita-report-plan-${runId}.json.gz`;
}
function writePlanFile(folder, c, segments) {
	const body = { v: 1, runId: c.runId, docId: c.docId, segments };
	return folder.createFile(Utilities.gzip(Utilities.newBlob(JSON.stringify(body)), planFileName(c.runId))).getId();
}
function readPlanFile(c) {
	if (!c.planFileId) throw new Error("ไม่พบแผนการเขียนรายงานที่บันทึกไว้");
	const file = DriveApp.getFileById(c.planFileId);
	if (file.isTrashed()) throw new Error("แผนการเขียนรายงานที่บันทึกไว้ถูกย้ายไปถังขยะแล้ว");
	const blob = file.getBlob();
	const gzip = blob.getBytes()[0] === 31;
	const text = (gzip ? Utilities.ungzip(blob.setContentType("application/x-gzip")) : blob).getDataAsString();
	const body = JSON.parse(text);
	if (body.v !== 1 || body.runId !== c.runId || body.docId !== c.docId || !Array.isArray(body.segments)) {
		throw new Error("แผนการเขียนรายงานที่บันทึกไว้ไม่ใช่ของการสร้างครั้งนี้");
	}
	return body.segments;
}
function trashPlanFile(c) {
	try {
		if (c.planFileId) DriveApp.getFileById(c.planFileId).setTrashed(true);
		else {
			const found = DriveApp.getFilesByName(planFileName(c.runId));
			while (found.hasNext()) found.next().setTrashed(true);
		}
	} catch (e) {
		console.warn(`report continuation: could not trash the plan file: ${errorMessage(e)}`);
	}
}
function scheduleContinue(ms) {
	return ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(ms).create().getUniqueId();
}
function deleteTriggers(ids) {
	const wanted = ids.filter((id) => Boolean(id));
	if (wanted.length === 0) return;
	try {
		for (const t of ScriptApp.getProjectTriggers()) if (wanted.includes(t.getUniqueId())) ScriptApp.deleteTrigger(t);
	} catch (e) {
		console.warn(`report continuation: could not delete a trigger: ${errorMessage(e)}`);
	}
}
function sweepTriggers(keep) {
	try {
		for (const t of ScriptApp.getProjectTriggers())
			if (!keep.includes(t.getUniqueId()) && t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
	} catch (e) {
		console.warn(`report continuation: could not delete a trigger: ${errorMessage(e)}`);
	}
}
function triggerExists(id) {
	if (!id) return false;
	try {
		return ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === id);
	} catch {
		return false;
	}
}

var __defProp$2 = Object.defineProperty;
var __defNormalProp$2 = (obj, key, value) => key in obj ? __defProp$2(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField$2 = (obj, key, value) => __defNormalProp$2(obj, typeof key !== "symbol" ? key + "" : key, value);
const SAFETY_DELAY_MS = 7 * 60 * 1e3;
const NEXT_DELAY_MS = 60 * 1e3;
class ExecutionClock {
	constructor(startedAt, budget = budgetMs()) {
		__publicField$2(this, "startedAt", startedAt);
		__publicField$2(this, "budget");
		this.budget = budget;
	}
	leftMs() {
		return this.budget - (Date.now() - this.startedAt);
	}
}
function fitsNow(segments, clock) {
	return remainingMs(segments, { segment: 0, offset: 0 }) <= clock.leftMs();
}
function startContinuation(x) {
	const store = new ContinuationStore(PropertiesService.getUserProperties());
	const c = {
		v: 1,
		runId: Utilities.getUuid(),
		docId: x.docId,
		draft: x.entry.draft,
		name: x.name,
		progress: {
			cursor: { segment: 0, offset: 0 },
			revisionId: x.revisionId,
			footerId: x.footerId,
			bodyEnd: EMPTY_BODY_END,
			inFlight: 0
		},
		segments: x.segments.length,
		executions: 1,
		startedAt: x.startedAt,
		updatedAt: Date.now(),
		finish: x.finish
	};
	try {
		store.save(c, Date.now());
		c.planFileId = writePlanFile(x.folder, c, x.segments);
		store.save(c, Date.now());
		c.triggerId = scheduleContinue(SAFETY_DELAY_MS);
		store.save(c, Date.now());
		const written = writeWithin(c, x.segments, docsCalls(x.documents, x.docId), x.clock, store);
		if (written && x.clock.leftMs() >= COST.reportFinish.range[1]) {
			endContinuation(c, store);
			return void 0;
		}
		swapTrigger(c, NEXT_DELAY_MS, store, c.triggerId);
		return c;
	} catch (e) {
		endContinuation(c, store);
		throw e;
	}
}
function percentWritten(c, segments) {
	let total = 0;
	let done = 0;
	segments.forEach((s, i) => {
		total += s.length;
		if (i < c.progress.cursor.segment) done += s.length;
		else if (i === c.progress.cursor.segment) done += c.progress.cursor.offset;
	});
	return total === 0 ? 100 : Math.min(99, Math.floor(100 * done / total));
}
function writeWithin(c, segments, base, clock, store) {
	let sent = false;
	while (!isDone(segments, c.progress.cursor)) {
		const p = c.progress;
		const n = nextCount(segments, p.cursor, clock.leftMs(), !sent);
		if (n === 0) return false;
		const requests = fillFooterId(segments[p.cursor.segment].slice(p.cursor.offset, p.cursor.offset + n), p.footerId);
		const calls = {
			...base,
			sending(batch) {
				c.progress = { ...c.progress, inFlight: batch.length };
				store.save(c, Date.now());
			},
			applied(step) {
				const cursor = advance(segments, c.progress.cursor, step.count);
				c.progress = {
					cursor,
					revisionId: step.revisionId,
					footerId: step.footerId,
					bodyEnd: step.bodyEnd,
					inFlight: 0
				};
				store.save(c, Date.now());
			}
		};
		const chunk = { batches: [requests], hasFooter: false, footerRequests: () => [] };
		writeBatches(chunk, { revisionId: p.revisionId, footerId: p.footerId, bodyEnd: p.bodyEnd }, calls);
		sent = true;
	}
	return true;
}
function swapTrigger(c, ms, store, spare) {
	c.triggerId = scheduleContinue(ms);
	store.save(c, Date.now());
	sweepTriggers([c.triggerId, spare]);
}
function endContinuation(c, store) {
	trashPlanFile(c);
	try {
		store.clear();
	} catch (e) {
		console.warn(`report continuation: could not clear its record: ${errorMessage(e)}`);
	}
	sweepTriggers([]);
}
function continuationInTheWay(now, abandonDead) {
	const store = new ContinuationStore(PropertiesService.getUserProperties());
	const c = store.load();
	if (!c) return void 0;
	if (now - c.updatedAt < STALE_MS + RETRY_DELAY_MS * (c.retries ?? 0) && triggerExists(c.triggerId)) return c;
	if (abandonDead) endContinuation(c, store);
	return void 0;
}
function stillContinuingMessage(c, timeZone) {
	const d = (n) => applyDigitStyle(String(n), c.finish.digitStyle);
	const at = applyDigitStyle(
		Utilities.formatDate(new Date(c.startedAt), timeZone, "yyyy-MM-dd HH:mm"),
		c.finish.digitStyle
	);
	return stillContinuingTh(at, d(c.executions), d(STALE_MS / 6e4));
}

function columnLetters(column) {
	let s = "";
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
	return s;
}

const HEADER = ["ระดับ", "ชีต", "แถว", "คอลัมน์", "หัวคอลัมน์", "รายละเอียด", "ไปที่เซลล์"];
function writeFindingsSheet(ss, findings) {
	const sheet = ss.getSheetByName(SHEET.findings) ?? ss.insertSheet(SHEET.findings);
	if (sheet.getFrozenRows() !== 1) {
		if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0)
			sheet.protect().setDescription("ITA: ผลการตรวจสอบ — โปรแกรมเขียนใหม่ทุกครั้งที่ตรวจสอบ").setWarningOnly(true);
		sheet.setColumnWidth(6, 520);
		sheet.setFrozenRows(1);
	}
	const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
	const rows = [HEADER];
	for (const f of findings) {
		const a1 = f.row && f.column ? `${columnLetters(f.column)}${f.row}` : f.row ? `A${f.row}` : "A1";
		const gid = gids.get(f.sheet);
		rows.push([
			f.severity === "error" ? "ข้อผิดพลาด" : "คำเตือน",
			f.sheet,
			f.row || "",
			f.column ? columnLetters(f.column) : "",
			asText(f.header),
			asText(f.messageTh),
			gid === void 0 ? "" : `=HYPERLINK("#gid=${gid}&range=${a1}","ไปที่ ${a1}")`
		]);
	}
	if (findings.length === 0) rows.push(["", "", "", "", "", "ไม่พบปัญหา", ""]);
	writeChangedRows(sheet, rows);
}
function writeChangedRows(sheet, rows) {
	const width = HEADER.length;
	const last = sheet.getLastRow();
	const values = last > 0 ? sheet.getRange(1, 1, last, width).getValues() : [];
	const links = last > 0 ? sheet.getRange(1, width, last, 1).getFormulas() : [];
	if (values.length === 0 || values[0].some((v, c) => String(v) !== HEADER[c])) {
		ensureSheetSize(sheet, rows.length, width);
		sheet.getRange(1, 1, rows.length, width).setValues(rows);
		if (last > rows.length) sheet.getRange(rows.length + 1, 1, last - rows.length, width).clearContent();
		return;
	}
	const oldKeys = values.slice(1).map((line, i2) => JSON.stringify([...line.slice(0, width - 1).map(String), links[i2 + 1]?.[0] ?? ""]));
	const wanted = rows.slice(1);
	const newKeys = wanted.map(
		(line) => JSON.stringify(
			line.map((v, c) => c === width - 1 ? String(v) : String(typeof v === "string" ? storedText(v) : v))
		)
	);
	const left = (keys) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map());
	const oldLeft = left(oldKeys);
	const newLeft = left(newKeys);
	const take = (m, k) => m.set(k, (m.get(k) ?? 1) - 1);
	let i = 0;
	let j = 0;
	let at = 2;
	while (i < oldKeys.length || j < wanted.length) {
		if (i < oldKeys.length && j < wanted.length && oldKeys[i] === newKeys[j]) {
			take(oldLeft, oldKeys[i++]);
			take(newLeft, newKeys[j++]);
			at++;
		} else if (j < wanted.length && !(oldLeft.get(newKeys[j]) ?? 0)) {
			let n = 0;
			while (j + n < wanted.length && !(oldLeft.get(newKeys[j + n]) ?? 0) && !(i < oldKeys.length && oldKeys[i] === newKeys[j + n]))
				n++;
			sheet.insertRowsAfter(at - 1, n);
			sheet.getRange(at, 1, n, width).setValues(wanted.slice(j, j + n));
			for (let k = 0; k < n; k++) take(newLeft, newKeys[j + k]);
			j += n;
			at += n;
		} else if (i < oldKeys.length && !(newLeft.get(oldKeys[i]) ?? 0)) {
			let n = 0;
			while (i + n < oldKeys.length && !(newLeft.get(oldKeys[i + n]) ?? 0)) n++;
			sheet.deleteRows(at, n);
			for (let k = 0; k < n; k++) take(oldLeft, oldKeys[i + k]);
			i += n;
		} else {
			sheet.getRange(at, 1, 1, width).setValues([wanted[j]]);
			take(oldLeft, oldKeys[i++]);
			take(newLeft, newKeys[j++]);
			at++;
		}
	}
}

function validateAndMark() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	let result;
	try {
		result = runValidation(ss);
	} catch (e) {
		if (!(e instanceof LockBusyError)) throw e;
		const ui = SpreadsheetApp.getUi();
		ui.alert("ตรวจสอบข้อมูล", BUSY_TH, ui.ButtonSet.OK);
		return void 0;
	}
	const { errors, warnings } = result;
	const message = errors + warnings === 0 ? "ไม่พบปัญหา ข้อมูลพร้อมสร้างรายงาน" : `พบข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ — ดูรายละเอียดในชีต "${SHEET.findings}" และหมายเหตุบนเซลล์ที่มีสี`;
	ss.toast(message, "ตรวจสอบข้อมูล", 10);
	return result;
}
function runValidation(ss) {
	const run = withDocumentLock(ACTION_LOCK_MS, () => validateAndMarkAll(ss));
	if (!run.ok) throw new LockBusyError();
	return run.value;
}
function validateAndMarkAll(ss) {
	const data = readWorkbookData(ss);
	const result = validateWorkbookData(data);
	const memory = loadMarks(ss);
	const plans = [];
	const present = new Set();
	for (const name of DATA_SHEETS) {
		const sheet = ss.getSheetByName(name);
		if (!sheet) continue;
		present.add(name);
		const plan = planRows(sheet, name, data[name], result.findings, memory, 1, sheet.getMaxRows());
		if (plan) plans.push(plan);
	}
	const kept = entriesOutside(memory, plans, (key) => present.has(splitKey(key).sheet));
	applyPlans(ss, memory, plans, kept);
	writeFindingsSheet(ss, result.findings);
	return result;
}

function folderIdFrom(text) {
	const s = text.trim();
	if (s === "") return void 0;
	const fromPath = /\/folders\/([-\w]{10,})/.exec(s);
	if (fromPath) return fromPath[1];
	const fromQuery = /[?&]id=([-\w]{10,})/.exec(s);
	if (fromQuery) return fromQuery[1];
	return /^[-\w]{10,}$/.test(s) ? s : void 0;
}
function documentIdFrom(text) {
	const s = text.trim();
	if (s === "") return void 0;
	const fromPath = /\/document\/d\/([-\w]{10,})/.exec(s);
	if (fromPath) return fromPath[1];
	return /^[-\w]{20,}$/.test(s) ? s : void 0;
}

function placeDocument(ss, docId, configured) {
	const { folder, note } = reportFolder(ss, configured);
	if (!folder) return { note: note ? `${note} รายงานจึงอยู่ใน My Drive` : void 0 };
	try {
		DriveApp.getFileById(docId).moveTo(folder);
		return { folderName: folder.getName(), note: note ? `${note} จึงเก็บรายงานไว้ข้างสมุดงานนี้แทน` : void 0 };
	} catch (e) {
		return { note: `ย้ายรายงานเข้าโฟลเดอร์ไม่ได้ (${errorMessage(e)}) รายงานจึงอยู่ใน My Drive` };
	}
}
function reportFolder(ss, configured) {
	let note;
	let folder;
	const id = folderIdFrom(configured);
	if (configured.trim() !== "" && !id) note = `ค่า "โฟลเดอร์รายงาน" ในชีตตั้งค่าไม่ใช่ลิงก์หรือรหัสโฟลเดอร์ Google Drive`;
	if (id) {
		try {
			folder = DriveApp.getFolderById(id);
		} catch {
			note = "เปิดโฟลเดอร์รายงานที่ตั้งค่าไว้ไม่ได้ (ไม่มีโฟลเดอร์นี้ หรือไม่มีสิทธิ์แก้ไข)";
		}
	}
	if (!folder && ss) {
		try {
			const parents = DriveApp.getFileById(ss.getId()).getParents();
			if (parents.hasNext()) folder = parents.next();
		} catch {
		}
	}
	return { folder, note };
}
function showDone(model, docId, name, warnings, folderName, notes, fromTemplate, published) {
	const url = docUrl(docId);
	const d = (n) => applyDigitStyle(String(n), model.digitStyle);
	const { sections, issues, measures, rows } = model.stats;
	const warningLine = warnings > 0 ? `<p style="color:#8a6d00">มีคำเตือน ${d(warnings)} รายการ (ไม่ขัดขวางการสร้างรายงาน) — ดูในชีต "${escapeHtml(SHEET.findings)}"</p>` : "<p>ไม่มีคำเตือน</p>";
	const noteLines = notes.filter((n) => Boolean(n)).map((n) => `<p style="color:#8a6d00">${escapeHtml(n).replace(/\n/g, "<br>")}</p>`);
	const html = HtmlService.createHtmlOutput(
		`<div style="font-family:Sarabun,sans-serif;font-size:14px;line-height:1.5">
<p><b>สร้างรายงานเสร็จแล้ว</b></p>
<p>Google Doc: <a href="${escapeHtml(url)}" target="_blank">${escapeHtml(name)}</a></p>
${pdfLines(published)}
<p>ตัวชี้วัด ${d(sections)} หัวข้อ · ประเด็น ${d(issues)} ประเด็น · มาตรการ ${d(measures)} มาตรการ · ${d(rows)} แถว</p>
${warningLine}
${folderName ? `<p>เก็บไว้ในโฟลเดอร์ "${escapeHtml(folderName)}"</p>` : ""}
${noteLines.join("\n")}
${fromTemplate ? "<p>เลขหน้ามาจากเอกสารแม่แบบ</p>" : '<p style="color:#555">เลขหน้า: ใส่ลิงก์ "แม่แบบรายงาน (Google Doc)" ในชีตตั้งค่าเพื่อให้มีเลขหน้าทุกครั้ง หรือเปิดรายงานแล้วเลือก แทรก &gt; เลขหน้า</p>'}
</div>`
	).setWidth(520).setHeight(360 + 60 * noteLines.length);
	SpreadsheetApp.getUi().showModalDialog(html, "สร้างรายงาน");
}
function docUrl(docId) {
	return `https://docs.google.com/document/d/${docId}/edit`;
}
function pdfLines(published) {
	if (!published?.pdfUrl) return "";
	const shared = published.shared.length ? `<p style="color:#1e6b2f">ทุกคนที่มีลิงก์ดูได้: ${escapeHtml(published.shared.join(" และ "))} — คัดลอกลิงก์ PDF ไปวางในระบบ ITAS ได้เลย</p>` : "";
	return `<p>PDF: <a href="${escapeHtml(published.pdfUrl)}" target="_blank">${escapeHtml(published.pdfName)}</a></p>
${shared}`;
}

function sharingRefusedTh(what, detail) {
	return `ตั้งค่า ${what} ให้ "ทุกคนที่มีลิงก์ดูได้" ไม่ได้ (${detail}) — Google Workspace ของหน่วยงานน่าจะไม่อนุญาตให้แชร์ไฟล์ออกนอกองค์กร ขอให้ผู้ดูแลระบบ (admin) เปิดการแชร์ภายนอกสำหรับบัญชีนี้ที่ คอนโซลผู้ดูแลระบบ > แอป > Google Workspace > ไดรฟ์และเอกสาร > การตั้งค่าการแชร์ หรือแชร์ไฟล์เองใน Google Drive หรืออัปโหลดไฟล์ PDF ขึ้นเว็บไซต์หน่วยงานโดยตรง ไฟล์รายงานสร้างครบแล้ว เพียงยังไม่ได้เปิดให้ทุกคนที่มีลิงก์ดู`;
}
function publishReport(docId, docName, oitCode, share) {
	const name = pdfName(docName, oitCode);
	const out = { pdfName: name, shared: [], notes: [] };
	let pdf;
	try {
		const doc = DriveApp.getFileById(docId);
		const parents = doc.getParents();
		const folder = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
		pdf = folder.createFile(doc.getAs(MimeType.PDF)).setName(name);
		out.pdfId = pdf.getId();
		out.pdfUrl = pdf.getUrl();
	} catch (e) {
		out.notes.push(`สร้างไฟล์ PDF ไม่ได้ (${errorMessage(e)}) — เปิดรายงานแล้วเลือก ไฟล์ > ดาวน์โหลด > PDF แทนได้`);
	}
	if (share === "none") return out;
	const refused = [];
	let detail = "";
	const shareWithLink = (what, file) => {
		try {
			file().setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
			out.shared.push(what);
		} catch (e) {
			refused.push(what);
			detail = errorMessage(e);
		}
	};
	if (pdf) shareWithLink("PDF", () => pdf);
	if (share === "both") shareWithLink("Google Doc", () => DriveApp.getFileById(docId));
	if (refused.length > 0) out.notes.push(sharingRefusedTh(refused.join(" และ "), detail));
	return out;
}

function completeReport(ss, job, journal, entry, record, extraNotes = []) {
	const { docId, name } = job;
	const placement = placeDocument(ss, docId, job.folder);
	const renamed = nameReport(docId, name);
	if (entry) {
		if (renamed) journal.settle(entry);
		else journal.forget(entry);
	}
	const published = publishReport(docId, name, job.oitCode, job.share);
	const notes = [
		placement.note,
		renamed ? void 0 : `เขียนรายงานครบแล้ว แต่ตั้งชื่อเอกสารไม่ได้ เอกสารจึงยังมีชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}" โปรดเปลี่ยนชื่อเอง`,
		...published.notes,
		...extraNotes
	];
	record.docUrl = docUrl(docId);
	record.pdfUrl = published.pdfUrl ?? "";
	record.succeed(notes);
	return { placement, published, notes };
}
function nameReport(docId, name) {
	try {
		withRetry(() => DriveApp.getFileById(docId).setName(name));
		return true;
	} catch {
		return false;
	}
}

var __defProp$1 = Object.defineProperty;
var __defNormalProp$1 = (obj, key, value) => key in obj ? __defProp$1(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField$1 = (obj, key, value) => __defNormalProp$1(obj, typeof key !== "symbol" ? key + "" : key, value);
const KEY = "ita.reportDocsInProgress";
const KEEP_UNFOUND_MS = 24 * 3600 * 1e3;
class ReportJournal {
	constructor(props) {
		__publicField$1(this, "props", props);
		__publicField$1(this, "entries");
		this.entries = parse(props.getProperty(KEY));
	}
	recover(now, live) {
		const result = { discarded: 0, stuck: [] };
		if (this.entries.length === 0) return result;
		const kept = this.entries.filter((entry) => {
			if (live && entry.id === live) return true;
			const files = leftovers(entry);
			let stuck = false;
			for (const file of files) {
				try {
					if (file.getName() !== entry.draft && !file.getName().startsWith(FAILED_PREFIX)) continue;
					if (discardFile(file, entry.title)) result.discarded++;
				} catch {
					stuck = true;
					result.stuck.push(entry.id ?? entry.draft);
				}
			}
			return stuck || files.length === 0 && now - entry.at < KEEP_UNFOUND_MS;
		});
		if (kept.length !== this.entries.length) this.trySave(kept);
		return result;
	}
	begin(draft, title, now) {
		const entry = { draft, title, at: now };
		this.save([...this.entries, entry]);
		return entry;
	}
	created(entry, id, retried) {
		entry.id = id;
		if (retried) entry.search = true;
		this.trySave(this.entries);
	}
	settle(entry) {
		if (entry.search) {
			delete entry.id;
			this.trySave(this.entries);
		} else {
			this.trySave(this.entries.filter((e) => e !== entry));
		}
	}
	find(id) {
		return this.entries.find((e) => e.id === id);
	}
	forget(entry) {
		this.trySave(this.entries.filter((e) => e !== entry));
	}
	trySave(entries) {
		try {
			this.save(entries);
		} catch {
			this.entries = entries;
		}
	}
	save(entries) {
		this.entries = entries;
		if (entries.length === 0) this.props.deleteProperty(KEY);
		else this.props.setProperty(KEY, JSON.stringify(entries));
	}
}
function discardFile(file, title) {
	let changed = false;
	if (!file.isTrashed()) {
		file.setTrashed(true);
		changed = true;
	}
	if (!file.getName().startsWith(FAILED_PREFIX)) {
		file.setName(`${FAILED_PREFIX} ${title}`);
		changed = true;
	}
	return changed;
}
function discardDocument(docId, name) {
	try {
		discardFile(DriveApp.getFileById(docId), name);
		return true;
	} catch {
		return false;
	}
}
function leftovers(entry) {
	const files = [];
	if (entry.id) {
		try {
			files.push(DriveApp.getFileById(entry.id));
		} catch {
		}
	}
	if (!entry.id || entry.search) {
		try {
			const found = DriveApp.getFilesByName(entry.draft);
			while (found.hasNext()) {
				const file = found.next();
				if (file.getId() !== entry.id) files.push(file);
			}
		} catch {
		}
	}
	return files;
}
function parse(text) {
	if (!text) return [];
	try {
		const value = JSON.parse(text);
		if (!Array.isArray(value)) return [];
		return value.filter(
			(e) => e !== null && typeof e === "object" && typeof e.draft === "string" && typeof e.title === "string" && typeof e.at === "number"
		);
	} catch {
		return [];
	}
}

function isBlankBody(content) {
	const rest = content.filter((e) => !e.sectionBreak);
	if (rest.length !== 1 || !rest[0].paragraph) return false;
	return (rest[0].paragraph.elements ?? []).every((e) => e.textRun?.content === "\n");
}
const TEMPLATE_NOT_BLANK_TH = "เอกสารแม่แบบรายงานต้องไม่มีเนื้อหาในหน้ากระดาษ (ใส่ได้เฉพาะส่วนท้าย เช่น เลขหน้า) — ลบเนื้อหาในแม่แบบออก แล้วสั่งสร้างรายงานอีกครั้ง";

var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, key + "" , value);
class TemplateError extends Error {
	constructor(message, docId) {
		super(message);
		__publicField(this, "docId", docId);
	}
}
function copyTemplate(templateText, name) {
	const templateId = documentIdFrom(templateText);
	if (!templateId)
		throw new TemplateError(
			`ค่า "แม่แบบรายงาน (Google Doc)" ในชีตตั้งค่าไม่ใช่ลิงก์ Google Doc — วางลิงก์ของเอกสารแม่แบบ หรือเว้นว่างไว้`
		);
	try {
		return DriveApp.getFileById(templateId).makeCopy(name).getId();
	} catch {
		throw new TemplateError("เปิดเอกสารแม่แบบรายงานไม่ได้ (ไม่มีเอกสารนี้ หรือบัญชีนี้ไม่มีสิทธิ์ดู) — ตรวจลิงก์ในชีตตั้งค่า หรือเว้นว่างไว้");
	}
}
function openCopy(documents, docId, retry) {
	let doc;
	try {
		doc = retry(() => documents.get(docId));
	} catch (e) {
		throw new TemplateError(
			`เปิดสำเนาของเอกสารแม่แบบเพื่อเขียนรายงานไม่ได้: ${errorMessage(e)} — ลองสั่งสร้างรายงานอีกครั้งในอีกสักครู่`,
			docId
		);
	}
	if (!isBlankBody(doc.body?.content ?? [])) throw new TemplateError(TEMPLATE_NOT_BLANK_TH, docId);
	return { docId, revisionId: doc.revisionId ?? void 0, footerId: doc.documentStyle?.defaultFooterId ?? void 0 };
}

function startDocument(documents, templateText, entry, journal) {
	if (templateText.trim()) {
		const copyId = copyTemplate(templateText, entry.draft);
		journal.created(entry, copyId, false);
		return openCopy(documents, copyId, withRetry);
	}
	let attempts = 0;
	const doc = withRetry(() => {
		attempts++;
		return documents.create({ title: entry.draft });
	});
	if (!doc.documentId) throw new Error("Docs.Documents.create returned no documentId");
	journal.created(entry, doc.documentId, attempts > 1);
	return { docId: doc.documentId, revisionId: doc.revisionId ?? void 0 };
}

function spreadsheetTimeZone(ss) {
	try {
		return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
	} catch {
		return "Asia/Bangkok";
	}
}

function writeReport(job) {
	const { ss, documents, model, name, footerText, record } = job;
	const ui = SpreadsheetApp.getUi();
	const d = (n) => applyDigitStyle(String(n), model.digitStyle);
	const continuing = continuationInTheWay(Date.now(), true);
	if (continuing) {
		const message = stillContinuingMessage(continuing, spreadsheetTimeZone(ss));
		record.fail(message);
		ui.alert("ยังสร้างรายงานไม่ได้", message, ui.ButtonSet.OK);
		return;
	}
	const journal = new ReportJournal(PropertiesService.getUserProperties());
	const recovery = journal.recover(Date.now());
	const leftovers = leftoversTh(recovery.discarded, recovery.stuck, d);
	const withLeftovers = (text) => leftovers ? `${text}

${leftovers}` : text;
	const failed = (text, alert) => {
		record.fail(text);
		ui.alert("สร้างรายงานไม่สำเร็จ", withLeftovers(alert), ui.ButtonSet.OK);
	};
	const again = "\nลองสั่งสร้างรายงานอีกครั้งในอีกสักครู่";
	let entry;
	try {
		entry = journal.begin(inProgressName(name, Utilities.getUuid().slice(0, 8)), name, Date.now());
	} catch (e) {
		const text = `บันทึกสถานะการสร้างรายงานไม่ได้: ${errorMessage(e)}`;
		return failed(text, `บันทึกสถานะการสร้างรายงานไม่ได้ จึงยังไม่ได้สร้างเอกสาร: ${errorMessage(e)}${again}`);
	}
	let started;
	try {
		started = startDocument(documents, job.templateText, entry, journal);
	} catch (e) {
		if (e instanceof TemplateError) {
			if (!e.docId || discardDocument(e.docId, name)) journal.settle(entry);
			return failed(e.message, e.message);
		}
		const text = `สร้างเอกสาร Google Doc ไม่ได้: ${errorMessage(e)}`;
		return failed(text, text + again);
	}
	const { docId } = started;
	const plan = started.footerId ? buildDocsRequests(model, { footerText, footerExists: true }) : job.plan;
	const segments = planSegments(plan);
	let continuation;
	try {
		if (fitsNow(segments, job.clock)) {
			writeBatches(plan, { revisionId: started.revisionId, footerId: started.footerId }, docsCalls(documents, docId));
		} else {
			const folder = reportFolder(ss, job.folder).folder ?? DriveApp.getRootFolder();
			continuation = startContinuation({
				documents,
				docId,
				entry,
				name,
				revisionId: started.revisionId,
				footerId: started.footerId,
				segments,
				folder,
				startedAt: job.startedAt,
				clock: job.clock,
				finish: {
					spreadsheetId: ss.getId(),
					folder: job.folder,
					oitCode: job.oitCode,
					share: job.share,
					warnings: job.warnings,
					errors: job.errors,
					rows: job.rows,
					round: job.round,
					digitStyle: model.digitStyle
				}
			});
		}
	} catch (e) {
		const trashed = discardDocument(docId, name);
		if (trashed) journal.settle(entry);
		const text = stoppedPartWayTh(errorMessage(e), trashed, docId, true);
		return failed(text, `${text}${again} หากยังไม่สำเร็จ โปรดส่งข้อความนี้ให้ผู้ดูแลระบบ`);
	}
	if (continuation) {
		const message = continuesInBackgroundTh(
			d(percentWritten(continuation, segments)),
			d(Math.round(NEXT_DELAY_MS / 6e4))
		);
		record.docUrl = docUrl(docId);
		record.continuing(message.split("\n")[0]);
		record.write(ss, spreadsheetTimeZone(ss));
		ui.alert("กำลังสร้างรายงานต่อเบื้องหลัง", withLeftovers(message), ui.ButtonSet.OK);
		return;
	}
	const { placement, published, notes } = completeReport(
		ss,
		{ docId, name, folder: job.folder, oitCode: job.oitCode, share: job.share },
		journal,
		entry,
		record,
		[leftovers]
	);
	showDone(model, docId, name, job.warnings, placement.folderName, notes, Boolean(started.footerId), published);
}

const LOCK_WAIT_MS$1 = 1e3;
function generateReportFromSheet() {
	const clock = new ExecutionClock(Date.now());
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const record = new RunRecord( new Date());
	try {
		runReport(ss, record, clock);
	} catch (e) {
		record.fail(`เกิดข้อผิดพลาดที่ไม่คาดคิด: ${errorMessage(e)}`);
		throw e;
	} finally {
		record.write(ss, spreadsheetTimeZone(ss));
	}
}
function runReport(ss, record, clock) {
	const ui = SpreadsheetApp.getUi();
	const continuing = continuationInTheWay(Date.now(), false);
	if (continuing) {
		const message = stillContinuingMessage(continuing, spreadsheetTimeZone(ss));
		record.fail(message);
		ui.alert("ยังสร้างรายงานไม่ได้", message, ui.ButtonSet.OK);
		return;
	}
	let result;
	try {
		result = runValidation(ss);
	} catch (e) {
		if (!(e instanceof LockBusyError)) throw e;
		record.fail(e.message);
		ui.alert("ยังสร้างรายงานไม่ได้", e.message, ui.ButtonSet.OK);
		return;
	}
	const config = result.workbook.config;
	record.errors = result.errors;
	record.warnings = result.warnings;
	record.rows = result.workbook.measures.length;
	if (config) record.round = applyDigitStyle(`${config.fiscalYear} รอบ ${config.round} เดือน`, config.digitStyle);
	if (result.errors > 0 || !config) {
		record.fail(`พบข้อผิดพลาด ${result.errors} รายการ: แก้ไขตามชีต "${SHEET.findings}" แล้วสั่งใหม่`);
		ui.alert(
			"ยังสร้างรายงานไม่ได้",
			`พบข้อผิดพลาด ${result.errors} รายการ และคำเตือน ${result.warnings} รายการ
แก้ไขข้อผิดพลาดตามรายการในชีต "${SHEET.findings}" (เซลล์ที่มีปัญหาถูกระบายสีแดงและมีหมายเหตุ) แล้วสั่งสร้างรายงานอีกครั้ง คำเตือนไม่ขัดขวางการสร้างรายงาน`,
			ui.ButtonSet.OK
		);
		return;
	}
	if (typeof Docs === "undefined" || !Docs?.Documents) {
		record.fail("ยังไม่ได้เปิดใช้บริการ Google Docs API");
		ui.alert(
			"ยังสร้างรายงานไม่ได้",
			"สคริปต์ยังไม่ได้เปิดใช้บริการ Google Docs API: ในหน้าแก้ไข Apps Script กด บริการ (+) เลือก Google Docs API แล้วกด เพิ่ม (หรือวางไฟล์ appsscript.json ของโปรแกรมให้ครบ) แล้วลองอีกครั้ง",
			ui.ButtonSet.OK
		);
		return;
	}
	const documents = Docs.Documents;
	const forms = loadFormView(ss, result.workbook, config);
	const statuses = formStatuses(forms.records, config.round);
	const model = buildReportModel(result.workbook, config, forms.contributions, statuses);
	const [year, month, day, hour, minute] = Utilities.formatDate( new Date(), spreadsheetTimeZone(ss), "yyyy-M-d-H-m").split("-").map(Number);
	const { title: name, footerText } = reportLabels(model, { year, month, day, hour, minute });
	const plan = buildDocsRequests(model, { footerText });
	if (plan.stats.characters > DOCS_MAX_CHARACTERS) {
		const d = (n) => applyDigitStyle(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","), model.digitStyle);
		record.fail(tooLongForDocsTh(plan.stats.characters, d));
		ui.alert(
			"รายงานยาวเกินกว่าที่ Google Docs รับได้",
			`${tooLongForDocsTh(plan.stats.characters, d)} โปรดย่อข้อความผลการดำเนินงาน หรือใช้โปรแกรมบนเครื่อง (ita-report) สร้างเป็นไฟล์ .docx`,
			ui.ButtonSet.OK
		);
		return;
	}
	const lock = LockService.getUserLock();
	if (!lock.tryLock(LOCK_WAIT_MS$1)) {
		record.fail(REPORT_BUSY_TH);
		ui.alert("ยังสร้างรายงานไม่ได้", REPORT_BUSY_TH, ui.ButtonSet.OK);
		return;
	}
	try {
		writeReport({
			ss,
			documents,
			model,
			plan,
			name,
			footerText,
			templateText: config.reportTemplate,
			folder: config.reportFolder,
			warnings: result.warnings,
			record,
			oitCode: config.oitCode,
			share: config.shareWithLink,
			clock,
			startedAt: record.startedAt.getTime(),
			errors: result.errors,
			round: record.round,
			rows: result.workbook.measures.length
		});
	} finally {
		lock.releaseLock();
	}
}

const LOCK_WAIT_MS = 1e3;
const LATER_RETRIES = 3;
function continueReportFromTrigger(e) {
	const clock = new ExecutionClock(Date.now());
	const fired = e?.triggerUid ? String(e.triggerUid) : void 0;
	const lock = LockService.getUserLock();
	if (!lock.tryLock(LOCK_WAIT_MS)) {
		scheduleContinue(NEXT_DELAY_MS);
		return;
	}
	try {
		continueOnce(clock, fired);
	} finally {
		lock.releaseLock();
	}
}
function continueOnce(clock, fired) {
	const store = new ContinuationStore(PropertiesService.getUserProperties());
	const c = store.load();
	if (!c) {
		deleteTriggers([fired]);
		return;
	}
	c.executions++;
	swapTrigger(c, SAFETY_DELAY_MS, store);
	const ss = spreadsheetOf(c);
	const record = recordOf(c);
	let segments = [];
	try {
		if (typeof Docs === "undefined" || !Docs?.Documents) throw new Error("ยังไม่ได้เปิดใช้บริการ Google Docs API");
		segments = readPlanFile(c);
		const calls = docsCalls(Docs.Documents, c.docId);
		const before = c.progress;
		c.progress = resume(segments, before, calls.read());
		store.save(c, Date.now());
		const startedDone = isDone(segments, c.progress.cursor);
		const written = writeWithin(c, segments, calls, clock, store);
		c.retries = 0;
		if (!written || !startedDone && clock.leftMs() < COST.reportFinish.range[1]) {
			swapTrigger(c, NEXT_DELAY_MS, store, c.triggerId);
			return;
		}
	} catch (err) {
		const message = errorMessage(err);
		if (isRetryable(message) && (c.retries ?? 0) < LATER_RETRIES) {
			c.retries = (c.retries ?? 0) + 1;
			const wait = RETRY_DELAY_MS * c.retries;
			swapTrigger(c, wait, store, scheduleContinue(wait + SAFETY_DELAY_MS));
			console.warn(`continueReport: temporary error, try ${c.retries} of ${LATER_RETRIES} again later: ${message}`);
			return;
		}
		failContinuation(c, store, ss, record, err);
		return;
	}
	endContinuation(c, store);
	const journal = new ReportJournal(PropertiesService.getUserProperties());
	const d = (n) => applyDigitStyle(String(n), c.finish.digitStyle);
	completeReport(ss, { docId: c.docId, name: c.name, ...c.finish }, journal, journal.find(c.docId), record, [
		finishedAfterTh(d(c.executions))
	]);
	if (ss) record.write(ss, spreadsheetTimeZone(ss));
}
function failContinuation(c, store, ss, record, err) {
	endContinuation(c, store);
	let trashed = false;
	try {
		discardFile(DriveApp.getFileById(c.docId), c.name);
		trashed = true;
	} catch {
	}
	if (trashed) {
		const journal = new ReportJournal(PropertiesService.getUserProperties());
		const entry = journal.find(c.docId);
		if (entry) journal.settle(entry);
	}
	record.fail(stoppedPartWayTh(errorMessage(err), trashed, c.docId, true));
	if (ss) record.write(ss, spreadsheetTimeZone(ss));
}
function spreadsheetOf(c) {
	try {
		return SpreadsheetApp.getActiveSpreadsheet() ?? SpreadsheetApp.openById(c.finish.spreadsheetId);
	} catch {
		return void 0;
	}
}
function recordOf(c) {
	const record = new RunRecord(new Date(c.startedAt));
	record.round = c.finish.round;
	record.rows = c.finish.rows;
	record.errors = c.finish.errors;
	record.warnings = c.finish.warnings;
	return record;
}

const col = (header, note, width = 160, text) => ({ header, note, width, text });
const CONFIG_SPEC = {
	name: SHEET.config,
	columns: [col("หัวข้อ", "ชื่อการตั้งค่า (อย่าแก้ข้อความในคอลัมน์นี้)", 200), col("ค่า", "ค่าที่หน่วยงานกำหนด", 480)]
};
const SHARE_CHOICES = ["ไม่", "PDF", "PDF และ Doc"];
const CONFIG_DEFAULTS = [
	[CONFIG_LABEL.agencyName, "", "ชื่อเต็มของหน่วยงาน ตามที่พิมพ์ในหัวรายงาน"],
	[CONFIG_LABEL.compiledBy, "", "กลุ่มงาน/สำนักที่รวบรวมข้อมูล ขึ้นบรรทัดใหม่ได้ (Ctrl+Enter)"],
	[CONFIG_LABEL.fiscalYear, "", "ปีงบประมาณ พ.ศ. เช่น 2567"],
	[CONFIG_LABEL.round, 12, "รอบรายงาน: 6 (ต.ค.–มี.ค.) หรือ 12 (ต.ค.–ก.ย.)"],
	[CONFIG_LABEL.digitStyle, "ไทย", "ตัวเลขในรายงาน: ไทย หรือ อารบิก (ลิงก์ไม่ถูกแปลง)"],
	[CONFIG_LABEL.font, "Sarabun", "แบบอักษรของรายงาน (Google Docs) เช่น Sarabun"],
	[CONFIG_LABEL.reportFolder, "", "ลิงก์หรือรหัสโฟลเดอร์ Google Drive ที่จะเก็บรายงาน (ว่าง = โฟลเดอร์เดียวกับสมุดงานนี้)"],
	[
		CONFIG_LABEL.reportTemplate,
		"",
		"ลิงก์ Google Doc ว่างที่ใส่เลขหน้าไว้ที่ส่วนท้ายแล้ว (แทรก > เลขหน้า) โปรแกรมจะทำสำเนาแล้วเขียนรายงานลงไป ทำให้รายงานมีเลขหน้า (ว่าง = ไม่มีเลขหน้า)"
	],
	[
		MAIN_WEBSITE_LABEL,
		"",
		"เว็บไซต์หลักของหน่วยงาน เช่น https://www.example.go.th — ลิงก์หลักฐาน OIT ที่อยู่นอกเว็บไซต์นี้จะถูกทักไว้ (ว่าง = ไม่ตรวจข้อนี้)"
	],
	[
		CONFIG_LABEL.problems,
		"",
		'ปัญหาและอุปสรรคในการดำเนินงาน พิมพ์ในหัวข้อ "ปัญหา อุปสรรค และข้อเสนอแนะ" ต่อจากตาราง (ว่าง = "ไม่มี")'
	],
	[CONFIG_LABEL.suggestions, "", 'ข้อเสนอแนะ (ว่าง = "ไม่มี") ขึ้นบรรทัดใหม่ได้ (Ctrl+Enter)'],
	[CONFIG_LABEL.reporter, "", "ชื่อผู้รายงาน สำหรับช่องลงชื่อท้ายรายงาน (ว่าง = ไม่มีช่องลงชื่อผู้รายงาน)"],
	[CONFIG_LABEL.reporterPosition, "", "ตำแหน่งของผู้รายงาน"],
	[CONFIG_LABEL.approver, "", "ชื่อผู้อนุมัติให้เผยแพร่ (หัวหน้าส่วนราชการ) (ว่าง = ไม่มีช่องลงชื่อผู้อนุมัติ)"],
	[CONFIG_LABEL.approverPosition, "", "ตำแหน่งของผู้อนุมัติ"],
	[CONFIG_LABEL.oitCode, "", "รหัสข้อ OIT ของรายงานนี้ในปีประเมินนี้ เช่น O26 ใส่ไว้หน้าชื่อไฟล์ PDF (ว่าง = ไม่ใส่)"],
	[
		CONFIG_LABEL.shareWithLink,
		"ไม่",
		"ไม่ / PDF / PDF และ Doc: ให้ทุกคนที่มีลิงก์ดูไฟล์ได้ (เพื่อวางลิงก์ในระบบ ITAS) ผู้ดูแล Google Workspace อาจปิดการแชร์แบบนี้ไว้"
	],
	[
		DEADLINE_LABEL,
		"",
		"วันกำหนดส่งผลการดำเนินงานของหน่วยงาน เช่น 15/9/2567 แสดงในชีตสรุปความคืบหน้าและในอีเมลเตือน (ว่าง = ไม่ระบุ)"
	],
	[
		AUTO_REMIND_LABEL,
		"ไม่",
		"ใช่ / ไม่: ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงานทุกวันจันทร์จนถึงวันกำหนดส่ง (เริ่มเมื่อสั่งเมนู สรุปความคืบหน้า หรือ ส่งอีเมลเตือน ๑ ครั้ง)"
	],
	[CONFIG_LABEL.assessedYear, "", "ปี พ.ศ. ของผลการประเมิน ITA ที่นำมาวิเคราะห์ (ปีก่อน) เช่น 2566 — ใช้ในเอกสารมาตรการ"],
	[CONFIG_LABEL.overallScore, "", "คะแนนรวม ITA ของปีที่ประเมิน (0–100) เช่น 84.36"],
	[CONFIG_LABEL.targetScore, DEFAULT_TARGET_SCORE, "คะแนนเป้าหมาย (0–100): ตัวชี้วัดที่ได้ต่ำกว่านี้จะถูกวิเคราะห์ในเอกสารมาตรการ"],
	[
		CONFIG_LABEL.level,
		"",
		"ระดับผลการประเมิน AA, A, B, C, D, E หรือ F (ว่าง = คิดจากคะแนนรวม: AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50)"
	]
];
const UNITS_SPEC = {
	name: SHEET.units,
	columns: [
		col(UNIT_HEADER.code, "รหัสสั้น ไม่ซ้ำ เช่น SBK (ห้ามมี + หรือ ,)", 110),
		col(UNIT_HEADER.name, "ชื่อเต็มของสำนัก/หน่วย ตามที่พิมพ์ในรายงาน", 300),
		col(UNIT_HEADER.abbr, "ชื่อย่อ เช่น สบก. (ถ้ามี)", 120),
		col(UNIT_HEADER.email, "อีเมลผู้ประสานงานของหน่วย", 220)
	]
};
const HEADINGS_SPEC = {
	name: SHEET.headings,
	columns: [
		col(HEADING_HEADER.code, "รหัสสั้น ไม่ซ้ำ ใช้เลือกในชีตมาตรการ", 150),
		col(HEADING_HEADER.tool, "IIT, EIT หรือ OIT", 80),
		col(HEADING_HEADER.text, "ข้อความหัวข้อตามที่พิมพ์ในรายงาน (แถวตัวหนาเต็มความกว้างตาราง) เรียงตามลำดับในรายงาน", 620),
		col(HEADING_HEADER.indicator, "ตัวชี้วัด ITA ที่หัวข้อนี้แก้ไข ๑–๑๐ (ดูชีตผลการประเมินปีก่อน) ใช้ในเอกสารมาตรการ", 90)
	]
};
const MEASURES_SPEC = {
	name: SHEET.measures,
	columns: [
		col(MEASURE_HEADER.rowId, "รหัสแถวที่ไม่ซ้ำและไม่เปลี่ยน เช่น 2567-01 ใช้เชื่อมคำตอบจากแบบฟอร์ม", 100, true),
		col(MEASURE_HEADER.heading, "รหัสตัวชี้วัด จากชีตตัวชี้วัด", 130),
		col(MEASURE_HEADER.issueNo, "เลขประเด็น 1, 2, 3 … (เลขไทยหรืออารบิกก็ได้)", 70),
		col(MEASURE_HEADER.issueTitle, "ประเด็นการพัฒนาจากการวิเคราะห์ผลการประเมิน (ไม่ต้องใส่เลขข้อ) ใส่ซ้ำทุกแถวของประเด็น", 240),
		col(MEASURE_HEADER.measureNo, "เช่น 1.1 — เว้นว่างเมื่อประเด็นมีมาตรการเดียว", 80, true),
		col(MEASURE_HEADER.measureText, "มาตรการ/แนวทางปฏิบัติ (ไม่ต้องใส่เลข) ใส่ซ้ำทุกแถวของมาตรการ", 260),
		col(MEASURE_HEADER.targets, "ค่าเป้าหมายของแถวนี้ บรรทัดละ ๑ ข้อ (ไม่ต้องใส่เลขข้อ โปรแกรมใส่ให้)", 280),
		col(MEASURE_HEADER.output, 'ผลผลิต ใส่ "-" ได้เมื่อไม่มี (ต้องระบุสถานะ)', 220),
		col(MEASURE_HEADER.outcome, "ผลสัมฤทธิ์: ผลที่เกิดจากผลผลิตเทียบกับค่าเป้าหมาย เช่น ร้อยละ ๙๐ ของผู้เข้าร่วมมีความรู้เพิ่มขึ้น", 220),
		col(MEASURE_HEADER.result, "ผลการดำเนินงาน ขึ้นบรรทัดใหม่ได้ บรรทัดที่ครอบด้วย **…** จะเป็นตัวหนา", 360),
		col(MEASURE_HEADER.units, "รหัส ชื่อย่อ หรือชื่อหน่วยงาน คั่นด้วย + เช่น สบก. + สนย. หรือ ทุกสำนัก/หน่วย", 180),
		col(MEASURE_HEADER.status, 'สถานะการดำเนินงาน เลือกจากรายการ (จำเป็นเมื่อผลผลิตเป็น "-")', 150),
		col(MEASURE_HEADER.evidence, "ลิงก์หลักฐาน https:// บรรทัดละ ๑ ลิงก์", 240),
		col(MEASURE_HEADER.activityDates, "วันที่ดำเนินการ บรรทัดละ ๑ วัน เช่น 28/2/2567", 130),
		col(MEASURE_HEADER.timeframe, "ระยะเวลาดำเนินการ เช่น ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙", 160),
		col(MEASURE_HEADER.budget, `งบประมาณเป็นบาท เช่น 50000 หรือ ${NO_BUDGET}`, 130)
	]
};
const LAST_RESULT_SPEC = {
	name: SHEET.lastResult,
	columns: [
		col(LAST_RESULT_HEADER.indicator, "ตัวชี้วัดที่ ๑–๑๐ ตามเกณฑ์ ITA", 90),
		col(LAST_RESULT_HEADER.name, "ชื่อตัวชี้วัด", 240),
		col(LAST_RESULT_HEADER.tool, "แบบวัด IIT, EIT หรือ OIT", 80),
		col(LAST_RESULT_HEADER.score, "คะแนนที่ได้ (0–100) จากผลการประเมินปีที่ประเมิน", 100)
	]
};
const DATA_SHEET_SPECS = [UNITS_SPEC, HEADINGS_SPEC, MEASURES_SPEC];

var SEED_GZIP_BASE64 = "H4sIAAAAAAACA+1dW28bR5b+KwU+SV6JuviaecskmayxSZxNHAx2Iz9oHE1ibEJ5JWWDwWJ/TBMEmsuBd7Ljpuhqahh31zToNNEwu0ha0hspCuNuQA+WbMvO286pqq6ubjZ1i50ZYPOSWM3qqlOnzuWrc05V/2eu6od6KaC5X3z6aa7lN4uhl5vKwYMbU5/mKpuB18JB09Ypzk3l3A72NZ3i0t22RoilUeJ2a/e6Ft763q7gQSvQK7TaZW+SpkmaVjH0rG1nx7BzUznN2QosneKG/0dMSds0TdJtUTJw2tWuUaVWnbT7VhdvOAsFNg7esU1qD5y2vVW794C6VbLHeq73dLNO2ha9iyYa+Qf5ydzU/MVLl9mgnkkop3Vunj3Yrg9Ms+o3+04xN5Xbrdmsi4Fper72PclN5T5eXFn8zdcF9njnO6dveGQv6iMnxqv1AkEcG+oSPC21Bxj/dYa5qSsX8ufjR/16SFsWtXNTVy7euDGVk9wD/pKW7yrsTHEX/rQDYL/X61vOxnZYJ22XYvgV+v/4g3+J1iCLN1M5F9v5iOqPf/lPUWPOZ82hOjwxNdnmvTd/HbXR/ocTnYt++/Cja+9fi351A73vkq71UGnw6zevv/WPUYP+n0JK2k1fV1u8ffXdq9fffC9qY3TL3ZrvqBKjNH7zk7evXs8JflVJs+x65n1qD9U2H1/75Po/KmKINNfKo/u0NKyGSrMP3slq4/VcKju7MZWr+s1KL2z6hlyZ+MkUSAj/B1eJIZYyIVvVegEb7urV69O//OTtd98B8q+yScg2SKNkWAmlwFapxXvWKCG+SbbDje3Q6rlBE+8aIfyv7/ZsNm80cfXqdZDtaIy3rn300ScfXr967YPscQZauFus+3daVKOktlUm3epZxrsYjffhtV+/89HYKXkdTMtn6f889P8Om8/77+em4J+J7kHmQUTu0wbYl83Acyk5+UDY09DEO2wkZhKuse75fzVKhB6r3fXrXaO/YXNT5dJ7lNxto4lrt5cK6O3FtUV0tbC29PnKrbXfocXCZ+j6ymJh9fbiylLh5u/Qm6urS6urXy0V1n6BrrEx3wDRsmiVaJRIwRqsN9Up5qZyQIbxGIMIyT80SphpzMkO+M/ij5kBbtaoXv9D1/SrXW6jY2OT23A2nG6V/cP1rT/X7nX32B8aJUanj7uYS+/Gdkh8c6NrVDwTtGSd4vZfF8Hp6tpey/G1b1mrpg+k8fdgIlM50rbb/aZD1WexGTZpbZLpAhji6dk5LjVSK+amci4JqS7Xrq/1Arup+eZgA3NxKgfUjvqrk3a5U+8VPV0xjnP5OcbDUI+djxFSLInYMWyrt7EdDmq4TLXalsYswAzrol8MKQmaVr/+WPFdD1G/sRl4GiVckKDFEOgp+0atI/2STrE60MBpDzawWAYuUUAtLFSPv1sn7cqWFY9T29LQU9Q3Nj3MR3zwSPuetsimxwfgkqeOsVDgEyl6ujKL3z8K9PQMXGpRsg5Pq35zUMOsOZtE38VeqVP0ip4edTvEMM1aL+D8L4aervkmewWRprX+SOdWjklNalEGTlujxPRx7ZHGCR5icOJoafrdD6PJp2eeWCDStNABKhE/1NEQK14cnDg6eH74IjeV28+jpOW2emO6A27USVvzTCNs2qpcG9sDJ7VowOyEbMBy04pGCRq2QmDfbh26KTWpRahJNgOM+qRnmyT0bFRyAk+v+k00cNp9rWsoJsrd1t0tY6FwkEfgfZHV05xdTVU6lYwhdnzt+7vtSK7twLPRxCeFW2uTaIgH1cBpK5QxWXGxb7p4C6tdFj2djzaW9hNQ/DTN6YHTjuZQCTy9xvQVJDTwJA6B7jbsQYMExYA2XUpmhNnslPw71YDq6C8oLV/jmLERULzr4D2GC7MXOZL/iEYuIH2nSPEWcIjRvWuEjo6pNcSljusHyTeAGnRw8GLm4PnhIXJ0btnQD6iRt5nQHaJBNdDH25U0Ca9K7jLMUSxFu0aYYUeOJEvVLsPXcS9cKEzsT/InMOV9zoK+tRl4ggsHT9C9fImzYaEwcZBu/SLRev8QNUTrFwsFZm5dStps6Wu9YFAO9WEr5Fi5smXVCDUHTrvRLVNyl7YcagPXKEEerXVR/Q/dWlfOhlAbbI0wpSOG4SXSiGc29b5+ileKoef6el+rFr1oaek9MNjNrkst/44gjNliElC9QdqEVkz/zh2/2j3hKIdomrEDccPfr5KebYEeNkjoKb6k72kus46aB+pQ6YWDsl4NvNdF10tQZpds1Zklr3rmwDRdz1yXmyzpiblZj/3fEfo6InLjRn+BJohnMpGZjHclEjkMnLDZd8njMgfj87Pz56fn5qZn31go8H/PT8/Psn9fmJ69OD13Cfw+CB5svdDC1/Ozc+eRBuoLaAN2dVagYGwFh8z//8Qh7F2uhNy3g1oKOkxCyltNStpy6unlBdEZtkI+AwVy1Do6xQ8RRwgg46VNs4VDmhIR7sSgo9xUbjoCBgLGA82O1q87vcDGo7Cn6OnmVsmhGkkK2hADxclJqW5L/sI2GjEFnOkKquAPECNJckK+PcISbqr6ZDPwQGb6ZlcD+ZArMlZkMlRCWRTSNgTq4hY/TRk3D2NYXA08waNowcDQjiw5OOp619jxNOoCSiiHFHqq9YKUjA1cgw/VNfqtx3iIxW5EOHN16NxULinOR2j1mXX2/GvRWbAEYA8z33mIYlgzbIWCvWBB2WawgoHDTJKP6GKIeazJ6+Kd7zRCv+tqiHmBmh/qonNAPDG0EjohGM1EjUEh9N6twlIKm5ke2WN4gLq+1fDxvT1Gc/Oxufv76l4aI10t/Hb585XF21/cuom4lgm0Jnk3zsaPBE5U7ZWKkN4aaEGktlbQ6buWN8Tg78VUgdLod7Zb4evICUutpiSKW7fRsWCz3zaamt0N9OKjEAv/IhBTrQOkInX+CaZlYtdjmeLZAdWjqaFyBzcx7OcYNxJYaxSlQJyBTUPY6SNmNh5j7NYbDtW1wMNoIt3bQ+XXSY7hMqk4K5IAXw4C2siTvJlHsbzLBjDq00mUtWfMmL1KL9qtEou6DCigiX3EDMY0errPUenh4QnQQ24qdy9tZyzx4Eg7c+G12JnzIpwzCrHA9a8/0rnIZXaZm8pxhx9htYXCekDtmmfIJ7GmDXGkpw8XCjzWHrdy2jKWLuze3wYH5qZyglyrBz6mStot7GsDp51wQqRtNoGS48axqJal8ny6sZLHJjz5+mmmP8SvAAUzVIc7fMlrvWDXCC06rITCWftmnWzpsEWCqJ863lGbvPVHOvQTR1tc37IwHSa20gyrHbORPl6xNNAjoVNurFNzF2dnZ2NFuphSpPlIkSAO0uFylJJ0ZlBLW6FVCigDKhDCqFKr6VfXtyDWoJf2OAkb2xBobtpAn4R1aAyySUEZxEB6Z51aCLbhVq8YehAUG+C2avJTtMmQyig9I0BtDB0MhbLGYyk6BUECRktF4gNmQLdx7lmoDRfHOmnv2BW8x6NARdae54fKLBiuskHrGqz7YxdKZcyuEZ4SvxLfzIKw0uG+Kiibjktxfv2k4PaS0BU1lXN+rOPRokXhlJLQ0yEmiWV6h1u+xp+rXavL4/nSh8RxOh6fW+9WuyfspujpCo9Hw9u1zivqE7bKsGZqd/XHkGnjsXLmJzy9tMcDJ8xqYBaP3fQQ4C0GxVIUANxuWQYCJKT8zs0vUbyauqwIEEyytWdvB6TdagZUl+0XCklHkwH5uSOBWFi/2bOxgvhfH9znW/Ijl+PhWDd1mA35IZqlPTaF7sXpsRMNgmKcwrF/yan5QXO3LlTdxNFU1NoCU0v49JPL70MUdzjiMmGNQdAyMw6HKCJg1wqs3tgBFgpfrK3dXv3FzMw333yTL3yxcjO/vJJf+2Jm7YuZW2uLMx+vLa7dWl27dXN1erkw/dbyysrXt9dusX9+dfvLxVuFtdU49Z5pVV5F/6Cjiss+kUW6nGGRLoy1SCIVWWcGNOZPBrq4wMJkYLv4MqZBWjJ0dXx/cu998rdOuyX/afbjx07jSDi9sR3KqhmhYUKnxNIA9qiGRw7wMA2g0SuiD42swI5hj8RVgFjgOiQPXRaGu+t1+85jrUY83NXcvRNh04YQ7njT14sR6vxsAqFeeW0yPs9l3DOJNSMmyrJw2yFAnoxeIjcKbwxboWisevz0G+AEaZV8S3GN6mXSte8RYrmdFvFNxaMWPZ343+5aAfhHrRlQtM9zOTz4WfYNGDF6iCY2tkPYkPKHh09QCU9y6Yoi1PBLrRfwPZPYLQHYGrbuBI1HesMbloe4jzdDj5Wb/OmRxvpiLlvMCv4H3Q3LEpmWfeP3m6FX9o1ySPV+oxtYAE1bjq9HA8edLRTkzlUKQjQOr8rha38zKpx44Gv2fdoQciZWIDnkQ/bGZyIkDB6n7Bui07P2KTLjTC0bvmts3acl4n/LR0rm214iDYLU3GDwPWLToejJy/zTJ2ga7R/C/3Ee3UUtcEJuE1NU8UOMDkdztZEOeR7b+qGJf11e/mqSpx9UfM5gfxI3Q2WZjMiIFGUCHZ9snqMb9KOXXhPvJWJmUHSi8cwAbgqqhqODi9BWBEA9s18ElYShJ65f+2gSchy7Rsj6rxK9SlkarhqysXmEitfPyCm4/p07dKEw8WwSRWoFAcHGI50VsiGheLCfytLkhQJ4EdwLUcTgRIwTd3brAGbloIlgwvG83TVChnetnpK6R3IDBlwDiun9rkkdtFMngT50kaib2zVCESpwPaPkhJ7Oq0y0TgsbA6dN2n2zZ5uJJUdVxzPKQBmzi+Vu1e3gRxCrUSI34w2bEgNOxxlAy/4BHZ8FvDA9Oz89f4UFHhoSxVjdGMZcStr1N/6u7HoCryZGTdpu0DfwnE1nrDX/SfIESPUWB9JbHORRYiYy3i0IikMREaSrYAFB+AtnmnHGKhwIA/16+BqltxRLlM2lMcB8ae2LWzcXv5xeXVssfLa48tnq9GLhs+mVpX//+tbKEhQErnKLJahvYV93N6VzYcW2YxRR882jy6uFY5n4bxMiiDyKqITjEbOQO4Yd1VvjLsNxSKnz5QaRNRSUyR1rZCYUzsa2jUW2oi2TyIqdQL/PzMMoDpltDuYTgci52QxzcHGsOSiGnuA+ZwmLUVGcNMso4ZZ4aK1G/Ia953ahCouX8ggqhb1IbnMi85/5oqjwGkOgH+KqF0fHWSwVSowg/czt/Lh+k95+fdMTE2AepV8igV4irAz1KCwqHHMiccWqi5m0dg0AbqlQlco56c5Yxb9rbHEXdwQfGBwU1XOlplnasiJ/BqRFLm7YChNUSZcYLyiMxNY0oVfZ4PhnZDyCjH+GxT/D4jPD4mPCXGmkp8arVNN+PoH05uZ+Nu1nMu0JgkvbgbXpCeCUsKEg6z9+Ougs8xFZKS5FEKXkeSeNEtyRrXfrw0qYTF8FTSh4R/1KgEH8i56Ht+7Qqr1pjY7BeLO+rYHYs4Mytjaw2yK4v+Ek+gQvl3wEhbV/S0A+upAJsbU3LTSNSpvcyaIMIJ2ME57y5WRUPpKRY95juhUBShU6pkqzYwB5dLBvnJUYG9aeiyo/xRmmS0yH4yJEJshN/48YzJuCLuL9MzNuEsCwFIYEMPzoE193UUcoi8jRjq3ZIbVR34Hkf7UzaOGASZ0syYhVT6gAqB84AV74y9w9Q1TCAUsblFntcFTPtV5Q8Y1+GcdpnChBCP6lr939372B02527/WO6obvowhTYtGo6OlAJqe/wRdV/DVw2s62BiZ2RCZYAfiDGSkaUJdKqLlj2JAeAjcSeDgxDpN/RmfGqYLxHOV71mdRjdauEQ60YKGwn0enmbc6ycRcWNmmliA0PnXF3S/ETQKKQ9hfaUcNwg5iQF9Sudj2Sx4WY8WiTP746Z2ip2ePFZ0FWyg8y6PEWbFEePmIyabm+DyPNnxdGvWxb4r6JibvUHXGkrdjeZeRbpRrciJZlsGuHcNOmrZXsraIVz/hETp3jVCaKL7dQD+A5Xs1o6rYL9JzqSdcb+LTKwf7SPOxTW0MaPl5JOavSLZZ5jxNwiuTdhl4SPf+quR/2Ao54K6FtEZttpUSJTAc1spRf7ySwLHUKLQDC+Na6MmTJ/szTfTD/ktlvV6gxp+/v09LFqzXs4XCxHOFjNegZCImXQnjELTobTzF+09e/KCQ/BRZ3fUtLGTs2UIBd6BWiVM2jsr4SIviz+AcImx8oEQpFb4T0WWgEjwxL0c6kcyyCYoRToQhzlSwM3f+ZxwxFkfwQyJReR6vdyuHp7KHA6dd68S74mrgZZbRpUvDkiVxo1WSp3cHGSOMHKnIrEVUDmz8iInLV0Xp7Qhm/imq0+Yu8NP44mD+5aPq0qK4c2nrLj+nnwgT8n2qSboZJlNKIQ9hybSYqN+E/V/rMV5/JLaiuOlXNRHd79dKO3jHsXviJgmLsvUANrIzASiiamRzewxB/JDD3wk9C4W4ZCKZX4nqWdSN52AjwA0/UeKS3i7C5rVfIpteMaC26+slK4qNZW84R8pcU8FGzpw0GMediDUzki9KtbOcftYA8bvZbB3tBVWCpj2G2+JAmGw7WhcECEFJq0ZnSRBkdIcwv+i+E3A0JUoaahoGQdBZXncC2xow7MzCe3D0+i+I17oljwa8XqZK+HjuXHTUTV7Zcu6cgipdfs6QlbfF2cyorTrNSNiaXaO34w1ME328tnwbvb8MdWcKSORRJaVUlfesdsWOsvJNpEYJP9gKqK6xGeJvKUbPYTV1FtCNRkVL079ZXv43jmMIFLeYcS2ZrOviYqxgSuaZMyaDygZAQzj3Y21ZlqezH5XBPlj6ZvXLpbW1pZUTDYkg98YgWHXLEbDuEK0/0tkzSyPi2QtIw0ebUXiHI9BIUusgQ9UuCznBtQvsLDkBROHACioTMHp9I+D144NqUO9F+b7n+zBq3S+Xt0wfs/oAsWw9o1vzH2BwRrvfOXtCl5STbnHNZBr/P4+4uc4zh2WjxsKpGGpxNdL3tAqrYkgkJ522e582uxVa6TXiKjurN9jA92kjingqncVH5tAtpf5s4LSjUzDfeWTPKnp8IeR7tV7ASywM2sR7Oy3HGDMTvpJJIzEURz646V0oTBxOItxB7y4vf/7lEvrt8spX7BoE8fdnK7f+YwlZFNYrUjqprjL2WPVMSDOLLA0bXdbPihw6vBdRy8+CS2wB1go2PJoMKHJNUTJOcZeMLQJUSO7980foreXPllTCYSILhYkXk2iw7ugg9iA+rHDP9esGbe2JEMnBM5H3ei4PtI0WRqJfLd5cYur4JfAjxeRUJS8aePWG0+2XKj4WSSOrxyRFZH6ATBYojX3SZuBZTacijihEBCSMI2O0DCU7wAEjoeHxMeAY0nbLGt9VJEl2twNxzc9CYeLlJLfH0h9XPZMd0ShTLZr/+0urq0uFz5dWYk7I01dRfcTLF4KTGrnbk6acm3F+5mimyPZB4Ln6LWfTm+H08os1IOEqOJiIlDIHMwNuUabdE1U7WTLegmiXgA7cpkTifu5cdN449mCRf8CdnToZaMRCHzAbj2JHA5L8LRUHtgFwCqGCe0jimEGiUCMGL+OQy4fL3yytoNvLtwprEYpJGgLcxh3YfHQUHx6TrUYSlKOjkZ4oF9lEOdp15uvu7qVNV9EDQ9yvPdit2ajeQ+KmkOE4+3juXHR1SsaNZhE3d41QHjAXXnYcekyalfS2I2OM+JaOg9FbOg5ejCRTWe4T7J7giUQL+/l9FBl5z9P6ThGCt3CXSrIiN+J+Bi3QyYHsZFgJFfVP8W0//1RtyGXSpcTF/doDMDexP4+lKb1HlWoqvUem7PA8cDbqjS9vgTjufiR8yRRLPIvIehUO8geZbR9sY3svmkdinUaCxk8RVPGNSHn0cloy4ZVn2a8MWk6gj3/v3LlneTRylV4knMNKqFRfDwUEFGEhcNv8HgWnze9Ti6YhFkZ7bAKiiP2YhKFQdESJO9Aw/5HlFeuOHjcHgII+fPtXKMplu4GeNnkyXeDogBBrvUAaId4JTO95+vYifgsgzFA5opSJME62OYICe/VUifRvGZlQJM7GeT2thR8FuvAbEdhIHyshd3tcH30zTjWCksJJKZjcYcbk2PWF0QKObh7KVCnW4XeOcXfE1yRLm2Dq4HoTajeshMozkTlB71394B3028j3wVTVKWZ2nvTeUOvmm9/5enzksUw1Fg4Td/Zl70VPHPSQVQUQ4ehbEO44TejjYiL0cWUqZ2tsi6JOokqt+5Ro3TIzqFuB3sch5pelMN8L9yBpDLhJjyuKSEbuKRRnGKCSJk4rCz/Frg/idUQQ61Z6QxknnVNXVJy2y9S+ZqRAUmiTy1Pv6eKHmRjWj49vCBiQcRiHmQdhvTNwTBRflWrGA44xO3YMO0GUSbr95t3ylqHGVuJQ3UNe9S/mN8oaNCGRt3RPk0hRfX5by5EXTKj7HAiGHrFjYsiORwxYDrAe0uR0+LvM2o/LnJ1ipWu9oOVQDe7lYOaKX0cAwkllm+hyjax4xY8WVvGu4euaE9DmSHSL7aeUUEXmIDPx/mekpirNYFa1ccTu6EAJGrySFU3ugUf3UQL9KvsRFcWOWX8UCwAyayatiej4TPqOPulfuC7BQz/UuU7UKKsidLrfVfd45dz+FDpADLnwgPRD5NESJWZPlH69Pq2XYB8mDCSCk09WyGS42IEWnF73pdqfJnY+5gjlhWRF2qWEw3hDzQvFCyOXZMicfsNsBjRxfF0EzOAIvNvFJuMir6Orws3QrJUMmI85SXni4Y4didd5Rx5ZXnr0txka/UTR7uMmpJwyZvbkyIMQPPIrbjkS97yBz2eokGGlOIZxRIA6WW6WQYpSmHUK+hN3W6XZrRYgjAuojanj/2bpN2BSZ361vPLV9E15OFkxsfL+w5GrmIa4nLQx6G562wQWcrSM7mznqceQ+mOyZpcTlmBudmzabKSAkCVsU5dWVANvrCwIQVaueRix0GmngKQcnGCsMdpwhp4yqEbHAUCZ9DoJgBaYgVV2gtKtP9LH6Df0P35Wp2TPaC3mj2J4FpsGTjt6wrNJHJQKAzNSkTlmdqOo4CTkjIUsYhsIQYMkOEpbrqxy16jOhXvgqL3Alkecmj++pmP05i/lEPj55OmgK9Et8HNzU7lEEexZ71gRMGgmVaBPfJNN+SwXo6CBrQHLW1SDDX1UFTQaQ1DeGUZ3ljDfk7FJeA10/mgyeUwy624X8D+E2k677/Vsg5/KgP5KTQLGVNQ18RnEiBdSMfD5jGlX23IQ34qsb2vQgiUX4TwJlJaRdq2z0eW3wwgRj5nAboGJuCUqONDR0oEALINR4oF5eRU0giTayJ35MrX/GpZE2VclqyLj6tpcSvAzQlMJhJGSoxO/i5RazYwLIEbOjSYojE4fsWrzk4+nClOJmOthE+I1SllgZuYz87aYsZe9jAcPrwWJCJsmjVwGCLkhvvAgtsT1HhRQs89OJL5Swj8tk/l5E/bNGkAzc/zzGJzh8daDffzjjfn8efgsyDxro1IgGly+kr8A3yk5HzVgpW3Rr1fO5+duTH16Ifox85gNb3klfxk+pXORNc34oIlsOJufBYouTeVkCZL6mQv2UZE3ZvPsK0CXGa4Z/ahI1O7KfP7ShRtTn14RXwjhyXlwdlH6Sba8kIcO+XYvcTFS5F0uvwG8nOU9jZ6NYm2uXM5fvHHjv/4PRlZMjntpAAA=";

function seedExample() {
	const gzip = Utilities.newBlob(Utilities.base64Decode(SEED_GZIP_BASE64), "application/x-gzip");
	return JSON.parse(tis620Text(Utilities.ungzip(gzip).getBytes()));
}
function tis620Text(bytes) {
	const units = bytes.map((b) => b < 0 ? b + 256 - 160 + 3584 : b);
	let text = "";
	for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
	return text;
}

function ensurePlanSheet(ss, actions, ensureSheet) {
	const sheet = ensureSheet(ss, LAST_RESULT_SPEC, actions);
	if (sheet.getLastRow() > 1) return;
	const width = sheet.getLastColumn();
	const headers = sheet.getRange(1, 1, 1, width).getValues()[0].map(normaliseHeader);
	const at = (h) => headers.indexOf(normaliseHeader(h));
	const rows = ITA_INDICATORS.map(([no, name, tool]) => {
		const line = new Array(width).fill("");
		line[at(LAST_RESULT_HEADER.indicator)] = no;
		line[at(LAST_RESULT_HEADER.name)] = name;
		line[at(LAST_RESULT_HEADER.tool)] = tool;
		return line;
	});
	sheet.getRange(2, 1, rows.length, width).setValues(rows);
	actions.push(`ใส่ตัวชี้วัด ITA ๑๐ ข้อในชีต "${LAST_RESULT_SPEC.name}" (กรอกคะแนนของปีที่ประเมิน)`);
}
function fillExampleScores(ss, example) {
	const sheet = ss.getSheetByName(LAST_RESULT_SPEC.name);
	if (!sheet || example.length < 2 || sheet.getLastRow() < 2) return [];
	const values = sheet.getDataRange().getValues();
	const headers = values[0].map(normaliseHeader);
	const no = headers.indexOf(normaliseHeader(LAST_RESULT_HEADER.indicator));
	const score = headers.indexOf(normaliseHeader(LAST_RESULT_HEADER.score));
	const exNo = example[0].map(normaliseHeader).indexOf(normaliseHeader(LAST_RESULT_HEADER.indicator));
	const exScore = example[0].map(normaliseHeader).indexOf(normaliseHeader(LAST_RESULT_HEADER.score));
	if (no < 0 || score < 0 || exNo < 0 || exScore < 0) return [];
	const wanted = new Map(example.slice(1).map((r) => [String(r[exNo]), r[exScore]]));
	const formulas = sheet.getRange(1, score + 1, values.length, 1).getFormulas();
	let filled = 0;
	values.forEach((row, r) => {
		const v = wanted.get(String(row[no]));
		if (r === 0 || row[score] !== "" || formulas[r][0] !== "" || v === void 0) return;
		sheet.getRange(r + 1, score + 1).setValue(v);
		filled++;
	});
	return filled > 0 ? [`ใส่คะแนนตัวอย่าง (สมมุติ) ${filled} ตัวชี้วัดในชีต "${LAST_RESULT_SPEC.name}"`] : [];
}

function headerRow(sheet, headers) {
	const top = sheet.getRange(1, 1, Math.min(Math.max(sheet.getLastRow(), 1), 5), Math.max(sheet.getLastColumn(), 1)).getValues().map((line) => line.map(normaliseHeader));
	const wanted = headers.map(normaliseHeader);
	const count = (r) => top[r].filter((h) => wanted.includes(h)).length;
	let row = 0;
	top.forEach((_, r) => {
		if (count(r) > count(row)) row = r;
	});
	return { row: row + 1, present: top[row] };
}

const PROTECTION_NOTE = "ITA: หัวตาราง — แก้ไขได้ แต่ชื่อหัวคอลัมน์ต้องตรงตามที่โปรแกรมใช้";
const CONFIG_PROTECTION_NOTE = "ITA: ชีตตั้งค่า — ตรวจสอบก่อนแก้ไข";
function setUpWorkbook() {
	const actions = ensureWorkbook(SpreadsheetApp.getActiveSpreadsheet());
	SpreadsheetApp.getUi().alert(
		"ตั้งค่าสมุดงาน",
		actions.length === 0 ? "สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม" : `ดำเนินการแล้ว:
• ${actions.join("\n• ")}

ข้อมูลที่กรอกไว้ไม่ถูกเปลี่ยนแปลง`,
		SpreadsheetApp.getUi().ButtonSet.OK
	);
	return actions;
}
function ensureWorkbook(ss) {
	const actions = [];
	const config = ensureSheet(ss, CONFIG_SPEC, actions);
	ensureConfigRows(config, actions);
	const sheets = new Map();
	for (const spec of DATA_SHEET_SPECS) sheets.set(spec.name, ensureSheet(ss, spec, actions));
	ensureMeasureDropdowns(sheets.get(SHEET.measures), actions);
	ensureProtections(config, sheets, actions);
	ensureFormSheets(ss, actions);
	ensurePlanSheet(ss, actions, ensureSheet);
	return actions;
}
function ensureSheet(ss, spec, actions) {
	let sheet = ss.getSheetByName(spec.name);
	if (!sheet) {
		sheet = ss.insertSheet(spec.name);
		actions.push(`สร้างชีต "${spec.name}"`);
	}
	const { row, present } = headerRow(sheet, headersOf(spec));
	const missing = spec.columns.filter((c) => !present.includes(normaliseHeader(c.header)));
	if (missing.length > 0) {
		const start = present.every((h) => h === "") ? 1 : sheet.getLastColumn() + 1;
		ensureSheetSize(sheet, 1, start + missing.length - 1);
		const range = sheet.getRange(row, start, 1, missing.length);
		range.setNotes([missing.map((c) => c.note)]);
		range.setFontWeight("bold");
		range.setBackground("#d9e2f3");
		missing.forEach((c, i) => {
			sheet.setColumnWidth(start + i, c.width);
			if (c.text) sheet.getRange(row + 1, start + i, Math.max(sheet.getMaxRows() - row, 1), 1).setNumberFormat("@");
		});
		sheet.getRange(1, start, Math.max(sheet.getMaxRows(), 2), missing.length).setWrap(true);
		range.setValues([missing.map((c) => c.header)]);
		actions.push(`เพิ่มคอลัมน์ ${missing.map((c) => `"${c.header}"`).join(", ")} ในชีต "${spec.name}"`);
	}
	if (sheet.getFrozenRows() < row) {
		sheet.setFrozenRows(row);
		actions.push(`ตรึงแถวหัวตารางของชีต "${spec.name}"`);
	}
	return sheet;
}
function ensureConfigRows(sheet, actions) {
	const last = Math.max(sheet.getLastRow(), 1);
	const labels = sheet.getRange(1, 1, last, 1).getValues().map((r) => normaliseHeader(r[0]));
	const missing = CONFIG_DEFAULTS.filter(([label]) => !labels.includes(normaliseHeader(label)));
	if (missing.length === 0) return;
	sheet.getRange(last + 1, 1, missing.length, 1).setNotes(missing.map(([, , note]) => [note]));
	const share = missing.findIndex(([label]) => label === CONFIG_LABEL.shareWithLink);
	if (share >= 0) {
		const rule = SpreadsheetApp.newDataValidation().requireValueInList([...SHARE_CHOICES], true).setAllowInvalid(true).build();
		sheet.getRange(last + 1 + share, 2).setDataValidation(rule);
	}
	sheet.getRange(last + 1, 1, missing.length, 2).setValues(missing.map(([label, value]) => [label, value]));
	actions.push(`เพิ่มค่าตั้งต้น ${missing.map(([l]) => `"${l}"`).join(", ")} ในชีต "${SHEET.config}"`);
}
const headersOf = (spec) => spec.columns.map((c) => c.header);
function below(sheet, header) {
	const { row, present } = headerRow(sheet, [header]);
	const column = present.indexOf(normaliseHeader(header)) + 1;
	return column ? sheet.getRange(row + 1, column, Math.max(sheet.getMaxRows() - row, 1), 1) : null;
}
function ensureMeasureDropdowns(sheet, actions) {
	const ss = sheet.getParent();
	const headingSheet = ss.getSheetByName(SHEET.headings);
	const unitSheet = ss.getSheetByName(SHEET.units);
	const rules = [
		[
			MEASURE_HEADER.heading,
			() => SpreadsheetApp.newDataValidation().requireValueInRange(below(headingSheet, "รหัสตัวชี้วัด"), true).setAllowInvalid(true).setHelpText("เลือกรหัสตัวชี้วัดจากชีตตัวชี้วัด").build(),
			SHEET.headings
		],
		[
			MEASURE_HEADER.units,
			() => SpreadsheetApp.newDataValidation().requireValueInRange(below(unitSheet, "ชื่อหน่วยงาน"), true).setAllowInvalid(true).setHelpText(`เลือกหน่วยงาน หรือพิมพ์หลายหน่วยคั่นด้วย + หรือพิมพ์ ${ALL_UNITS}`).build(),
			SHEET.units
		],
		[
			MEASURE_HEADER.status,
			() => SpreadsheetApp.newDataValidation().requireValueInList([...STATUS_VALUES], true).setAllowInvalid(false).setHelpText("เลือกสถานะจากรายการ").build()
		]
	];
	for (const [header, rule, list] of rules) {
		const cells = below(sheet, header);
		if (!cells) continue;
		const made = actions.includes(`สร้างชีต "${list}"`);
		if (!made && cells.getDataValidation() !== null) continue;
		cells.setDataValidation(rule());
		actions.push(`เพิ่มรายการให้เลือกในคอลัมน์ "${header}"`);
	}
}
function ensureProtections(config, sheets, actions) {
	if (config.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
		config.protect().setDescription(CONFIG_PROTECTION_NOTE).setWarningOnly(true);
		actions.push(`ตั้งการเตือนก่อนแก้ไขชีต "${SHEET.config}"`);
	}
	for (const spec of DATA_SHEET_SPECS) {
		const sheet = sheets.get(spec.name);
		const has = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === PROTECTION_NOTE);
		if (has) continue;
		sheet.getRange(1, 1, headerRow(sheet, headersOf(spec)).row, sheet.getMaxColumns()).protect().setDescription(PROTECTION_NOTE).setWarningOnly(true);
		actions.push(`ตั้งการเตือนก่อนแก้ไขหัวตารางของชีต "${sheet.getName()}"`);
	}
}
function fillSeedExample() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const actions = ensureWorkbook(ss);
	actions.push(...writeExample(ss));
	SpreadsheetApp.getUi().alert(
		"ใส่ข้อมูลตัวอย่าง",
		actions.length ? `• ${actions.join("\n• ")}` : "ไม่มีการเปลี่ยนแปลง",
		SpreadsheetApp.getUi().ButtonSet.OK
	);
}
function writeExample(ss) {
	const actions = [];
	const seed = seedExample();
	const filled = fillEmptyConfigValues(ss.getSheetByName(SHEET.config), seed);
	if (filled > 0) actions.push(`กรอกค่าตั้งค่าที่ว่างอยู่ ${filled} รายการ`);
	for (const name of [SHEET.units, SHEET.headings, SHEET.measures]) {
		const sheet = ss.getSheetByName(name);
		const [header, ...rows] = seed[name];
		const { row, present } = headerRow(sheet, header);
		if (sheet.getLastRow() > row) {
			actions.push(`ข้ามชีต "${name}" เพราะมีข้อมูลอยู่แล้ว`);
			continue;
		}
		const width = present.length;
		const at = header.map((h) => present.indexOf(normaliseHeader(h)));
		const out = rows.map((row2) => {
			const line = new Array(width).fill("");
			row2.forEach((v, i) => {
				if (at[i] >= 0) line[at[i]] = v;
			});
			return line;
		});
		sheet.getRange(row + 1, 1, out.length, width).setValues(out);
		actions.push(`ใส่ข้อมูลตัวอย่าง ${out.length} แถวในชีต "${name}"`);
	}
	actions.push(...fillExampleScores(ss, seed[SHEET.lastResult] ?? []));
	return actions;
}
function fillEmptyConfigValues(config, seed) {
	const rows = Math.max(config.getLastRow(), 1);
	const values = config.getRange(1, 1, rows, 2).getValues();
	const formulas = config.getRange(1, 2, rows, 1).getFormulas();
	const example = new Map(seed[SHEET.config].map((r) => [normaliseHeader(r[0]), r[1]]));
	const wanted = values.map(([label, value], i) => {
		const v = example.get(normaliseHeader(label));
		return value === "" && formulas[i][0] === "" && v !== void 0 && v !== "" ? v : void 0;
	});
	let filled = 0;
	for (let start = 0; start < rows; start++) {
		if (wanted[start] === void 0) continue;
		let end = start;
		while (end + 1 < rows && wanted[end + 1] !== void 0) end++;
		config.getRange(start + 1, 2, end - start + 1, 1).setValues(wanted.slice(start, end + 1).map((v) => [v]));
		filled += end - start + 1;
		start = end;
	}
	return filled;
}

const VERSION = "0.1.0";
const README_URL = "https://github.com/thai-ita/ita-measures-report#readme";
const GUIDE_URL = "https://github.com/thai-ita/ita-measures-report/blob/main/docs/guide-th.md";

function showHelp() {
	const html = HtmlService.createHtmlOutput(
		`<div style="font-family:Sarabun,sans-serif;font-size:14px">
<p><b>รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส (ITA)</b></p>
<p>รุ่นโปรแกรม ${VERSION}</p>
<ol>
<li>เมนู <b>ตั้งค่าสมุดงาน</b> สร้างชีตที่ต้องใช้ (เรียกซ้ำได้ ไม่ลบข้อมูล)</li>
<li>กรอกชีต ตั้งค่า หน่วยงาน ตัวชี้วัด และ มาตรการ (แถวละ ๑ แถวของตารางรายงาน)</li>
<li>เมนู <b>ตรวจสอบข้อมูล</b> แสดงปัญหาบนเซลล์ และในชีต ผลการตรวจสอบ</li>
<li>หน่วยงานรายงานผลทางแบบฟอร์ม: เมนู <b>สร้าง/ปรับปรุงแบบฟอร์มรายงานผล</b> คำตอบเข้าชีต ผลจากแบบฟอร์ม เอง;
ก่อนเผยแพร่ เมนู <b>ตรวจลิงก์หลักฐาน</b> บอกลิงก์ที่ผู้ประเมินเปิดไม่ได้ (ต้นปี: เมนู <b>สร้างเอกสารมาตรการ (Google Doc)</b>)</li>
<li>เมนู <b>สร้างรายงาน (Google Doc)</b> สร้าง Google Doc ใหม่ทุกครั้ง ไม่ทับรายงานเดิม พร้อมไฟล์ PDF ชื่อเดียวกันในโฟลเดอร์เดียวกัน
(ขึ้นต้นด้วยรหัสข้อ OIT เมื่อกรอก "รหัสข้อ OIT" เช่น O26) หน้าต่างที่ขึ้นมาให้ลิงก์ทั้งสองไฟล์</li>
</ol>
<p><b>รายงานที่พร้อมเผยแพร่</b></p>
<ul>
<li>ก่อนตาราง: <b>สรุปผลการดำเนินงาน</b> นับมาตรการและรายการตามสถานะ ทั้งภาพรวมและรายตัวชี้วัด
(จากคอลัมน์ สถานะ หรือคำตอบแบบฟอร์มล่าสุดของแถวนั้นเมื่อเว้นว่าง)</li>
<li>ต่อจากตาราง: <b>ปัญหา อุปสรรค และข้อเสนอแนะ</b> จากชีตตั้งค่า (ว่าง = "ไม่มี") และช่องลงชื่อ
เมื่อกรอก ผู้รายงาน / ผู้อนุมัติ และตำแหน่ง</li>
<li><b>เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์</b>: ไม่ / PDF / PDF และ Doc — ใช้ลิงก์ PDF วางในระบบ ITAS
ถ้าองค์กรไม่อนุญาตการแชร์แบบนี้ จะมีข้อความบอกว่าต้องขอให้ผู้ดูแลระบบทำอะไร</li>
<li>ทุกครั้งที่สั่งสร้างรายงาน มีบันทึก ๑ บรรทัดในชีต <b>ประวัติการสร้างรายงาน</b>: เวลา ผู้สั่ง รอบ ลิงก์ และผล (สำเร็จ / ล้มเหลว พร้อมเหตุผล)</li>
</ul>
<p><b>ติดตามหน่วยงาน</b></p>
<ul>
<li>เมนู <b>สรุปความคืบหน้า</b>: ชีต สรุปความคืบหน้า บอกว่าหน่วยงานใดยังไม่รายงานแถวใด พร้อมกราฟ</li>
<li>เมนู <b>ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงาน</b>: แสดงรายชื่อก่อนส่ง ส่งไม่เกินวันละครั้งต่อหน่วยงาน
บันทึกในชีต บันทึกการเตือน; ตั้ง "เตือนอัตโนมัติทุกสัปดาห์" = ใช่ และ "กำหนดส่งผลการดำเนินงาน" ในชีตตั้งค่า เพื่อส่งทุกวันจันทร์จนถึงกำหนดส่ง</li>
</ul>
<p><a href="${GUIDE_URL}" target="_blank"><b>คู่มือการใช้งาน (ภาษาไทย)</b></a> สำหรับผู้ประสานงานและสำนัก/หน่วย ·
<a href="${README_URL}" target="_blank">รายละเอียดทางเทคนิค (README)</a></p></div>`
	).setWidth(460).setHeight(600);
	SpreadsheetApp.getUi().showModalDialog(html, "วิธีใช้");
}

const CACHE_MS = 24 * 36e5;
const TRANSIENT_CACHE_MS = 36e5;
const TRANSIENT = ["timeout", "refused", "unreachable", "server-error"];
function isFresh(result, now) {
	if (result.checkedAt <= 0 || result.checkedAt > now) return false;
	if (TRANSIENT.includes(result.status)) return now - result.checkedAt < TRANSIENT_CACHE_MS;
	return isOpenable(result.status) && now - result.checkedAt < CACHE_MS;
}
function latestResults(rows) {
	const out = new Map();
	for (const { result } of rows) {
		const key = linkKey(result.url);
		const known = out.get(key);
		if (result.status !== "pending" && (!known || result.checkedAt > known.checkedAt)) out.set(key, result);
	}
	return out;
}
function planChecks(urls, cached, now) {
	const fresh = new Map();
	const todo = [];
	for (const url of urls) {
		const r = cached.get(linkKey(url));
		if (r && isFresh(r, now)) fresh.set(linkKey(url), r);
		else todo.push(url);
	}
	return { fresh, todo };
}

const DOC_PATH = /^\/(?:a\/[^/]+\/)?(?:file|document|spreadsheets|presentation|forms|drawings)\/(?:u\/\d+\/)?d\/([-\w]{10,})/;
const FOLDER_PATH = /^\/(?:a\/[^/]+\/)?drive\/(?:u\/\d+\/)?folders\/([-\w]{10,})/;
const ID_QUERY = /[?&]id=([-\w]{10,})/;
function driveTarget(url) {
	const p = httpParts(url);
	if (!p || p.host !== "drive.google.com" && p.host !== "docs.google.com") return void 0;
	if (/^\/forms\/d\/(e\/|[^/]+\/(viewform|formResponse))/.test(p.rest)) return void 0;
	const doc = DOC_PATH.exec(p.rest);
	if (doc) return { id: doc[1], folder: false };
	const folder = FOLDER_PATH.exec(p.rest);
	if (folder) return { id: folder[1], folder: true };
	const query = /^\/(?:open|uc|file\/view)\b/.test(p.rest) ? ID_QUERY.exec(p.rest) : null;
	return query ? { id: query[1], folder: false } : void 0;
}
function isGoogleSignIn(url) {
	const p = httpParts(url);
	return p !== void 0 && p.host === "accounts.google.com";
}

const HOW_TO_SHARE = 'เปิดไฟล์ › แชร์ › การเข้าถึงทั่วไป › เลือก "ทุกคนที่มีลิงก์" สิทธิ์ "ผู้มีสิทธิ์อ่าน"';
function lookUp({ id, folder }, url) {
	const key = /[?&]resourcekey=([-\w]+)/i.exec(url)?.[1];
	const file = () => key ? DriveApp.getFileByIdAndResourceKey(id, key) : DriveApp.getFileById(id);
	const dir = () => key ? DriveApp.getFolderByIdAndResourceKey(id, key) : DriveApp.getFolderById(id);
	for (const get of folder ? [dir] : [file, dir]) {
		try {
			return get();
		} catch {
		}
	}
	return void 0;
}
function checkDriveLink(url, target) {
	try {
		return sharingOutcome(url, lookUp(target, url));
	} catch {
		return void 0;
	}
}
function sharingOutcome(url, item) {
	if (!item) {
		return {
			url,
			status: "no-access",
			detail: "บัญชีที่ใช้ตรวจเปิดไฟล์นี้ไม่ได้: ไฟล์ถูกลบ ลิงก์ผิด หรือไม่ได้แชร์ให้บัญชีนี้ — ตรวจลิงก์กับเจ้าของไฟล์"
		};
	}
	const name = item.getName();
	if (item.isTrashed()) return { url, status: "not-found", detail: `ไฟล์ "${name}" อยู่ในถังขยะ — กู้คืนหรือใส่ลิงก์ใหม่` };
	const access = String(item.getSharingAccess());
	const permission = String(item.getSharingPermission());
	if ((access === "ANYONE" || access === "ANYONE_WITH_LINK") && permission !== "NONE") {
		return { url, status: "ok", detail: `ไฟล์ "${name}" แชร์แบบทุกคนที่มีลิงก์` };
	}
	if (access === "DOMAIN" || access === "DOMAIN_WITH_LINK") {
		return { url, status: "domain-only", detail: `ไฟล์ "${name}" เปิดได้เฉพาะคนในองค์กร ผู้ประเมินเปิดไม่ได้ — ${HOW_TO_SHARE}` };
	}
	return {
		url,
		status: "restricted",
		detail: `ไฟล์ "${name}" จำกัดสิทธิ์ (เฉพาะคนที่ได้รับเชิญ) ผู้ประเมินเปิดไม่ได้ — ${HOW_TO_SHARE}`
	};
}

const MAX_REDIRECTS = 5;
const SHORTENER = /^(bit\.ly|tinyurl\.com|forms\.gle|goo\.gl|shorturl\.(at|asia)|rb\.gy|is\.gd|cutt\.ly|t\.ly|s\.id|ow\.ly)$/;
function startProbe(url, method) {
	return { url, current: url, method, visited: [], permanent: false };
}
const done = (probe, status, detail, finalUrl) => ({
	outcome: { url: probe.url, status, detail, ...finalUrl ? { finalUrl } : {} }
});
function nextStep(probe, answer) {
	if (answer.kind === "error") {
		const where = probe.current === probe.url ? "" : ` (ที่ ${probe.current})`;
		return done(probe, answer.error, `${answer.message}${where}`);
	}
	const { status } = answer;
	if (probe.method === "HEAD" && (status === 405 || status === 501)) {
		return { probe: { ...probe, method: "GET" } };
	}
	if (status >= 300 && status < 400 && status !== 304) {
		if (!answer.location) return done(probe, "http-error", `ตอบรหัส ${status} แต่ไม่บอกที่อยู่ใหม่`);
		const next = resolveLocation(probe.current, answer.location);
		const scheme = schemeOf(next);
		if (scheme !== "http" && scheme !== "https" || !httpParts(next)) {
			return done(probe, "bad-scheme", `เปลี่ยนเส้นทางไปที่ "${next.slice(0, 100)}" ซึ่งไม่ใช่ http/https จึงไม่ตามไป`);
		}
		const visited = [...probe.visited, probe.current];
		if (visited.includes(next)) return done(probe, "too-many-redirects", `เปลี่ยนเส้นทางวนกลับมาที่ ${next}`);
		if (visited.length > MAX_REDIRECTS) return done(probe, "too-many-redirects", `เปลี่ยนเส้นทางเกิน ${MAX_REDIRECTS} ครั้ง`);
		if (isGoogleSignIn(next)) {
			return done(probe, "restricted", 'ต้องลงชื่อเข้าใช้ Google จึงจะเปิดได้ — ตั้งค่าการแชร์เป็น "ทุกคนที่มีลิงก์" (ผู้มีสิทธิ์อ่าน)', next);
		}
		return {
			probe: {
				...probe,
				current: next,
				visited,
				permanent: probe.permanent || (status === 301 || status === 308) && !SHORTENER.test(httpParts(probe.current)?.host ?? "")
			}
		};
	}
	const moved = probe.current !== probe.url ? probe.current : void 0;
	if (status >= 200 && status < 300 || status === 304 || status === 416) {
		if (moved && probe.permanent) return done(probe, "moved", `ย้ายไปที่ ${moved} — แก้ลิงก์เป็นที่อยู่ใหม่`, moved);
		return done(probe, "ok", moved ? `เปิดได้ (ไปที่ ${moved})` : `เปิดได้ (รหัส ${status})`, moved);
	}
	if (status === 404 || status === 410)
		return done(probe, "not-found", `ไม่พบหน้า (รหัส ${status})${moved ? ` ที่ ${moved}` : ""}`, moved);
	if (status >= 500) return done(probe, "server-error", `เซิร์ฟเวอร์ตอบรหัส ${status}`, moved);
	return done(
		probe,
		"http-error",
		`เซิร์ฟเวอร์ตอบรหัส ${status}${status === 401 || status === 403 ? " (ต้องมีสิทธิ์จึงจะเปิดได้)" : ""}`,
		moved
	);
}

const GROUP_SIZE = 20;
const PER_HOST = 4;
const ROUND_WORST_MS = 6e4;
const PARAMS = {
	method: "get",
	muteHttpExceptions: true,
	followRedirects: false,
	headers: { Range: "bytes=0-1023" }
};
function request(p) {
	return { url: p.current, ...PARAMS };
}
function answerOf(response) {
	const headers = response.getHeaders();
	const name = Object.keys(headers).find((h) => h.toLowerCase() === "location");
	const location = name === void 0 ? void 0 : String(headers[name]);
	return { kind: "response", status: response.getResponseCode(), ...location ? { location } : {} };
}
function errorAnswer(e) {
	const message = errorMessage(e);
	if (/timeout|timed out|deadline/i.test(message))
		return { kind: "error", error: "timeout", message: "ไม่ได้รับคำตอบภายในเวลาที่ Apps Script รอ" };
	if (/refused|address unavailable/i.test(message))
		return { kind: "error", error: "refused", message: `เชื่อมต่อไม่ได้ (${message.slice(0, 120)})` };
	return { kind: "error", error: "unreachable", message: `ติดต่อไม่ได้ (${message.slice(0, 120)})` };
}
function isQuotaError(e) {
	return /too many times|\burlfetch\b/i.test(errorMessage(e).replace(/https?:\S+/g, ""));
}
function takeGroup(waiting, size, perHost) {
	const group = [];
	const hosts = new Map();
	for (let i = 0; i < waiting.length && group.length < size; ) {
		const host = httpParts(waiting[i].current)?.host ?? "";
		const n = hosts.get(host) ?? 0;
		if (n >= perHost) {
			i++;
			continue;
		}
		hosts.set(host, n + 1);
		group.push(...waiting.splice(i, 1));
	}
	return group;
}
function fetchLinks(urls, limits) {
	const waiting = urls.map((u) => startProbe(u, "GET"));
	const outcomes = [];
	let requests = 0;
	const settle = (probe, answer) => {
		const step = nextStep(probe, answer);
		if ("outcome" in step) outcomes.push(step.outcome);
		else waiting.push(step.probe);
	};
	while (waiting.length > 0) {
		if (Date.now() + ROUND_WORST_MS > limits.deadline) return { outcomes, stopped: "time", requests };
		const size = Math.min(limits.groupSize ?? GROUP_SIZE, limits.quotaLeft());
		if (size <= 0) return { outcomes, stopped: "quota", requests };
		const group = takeGroup(waiting, size, limits.perHost ?? PER_HOST);
		limits.spend(group.length);
		requests += group.length;
		let responses;
		try {
			responses = UrlFetchApp.fetchAll(group.map(request));
		} catch (e) {
			if (isQuotaError(e)) return { outcomes, stopped: "quota", requests };
			responses = void 0;
		}
		if (responses) {
			group.forEach((p, i) => settle(p, answerOf(responses[i])));
			continue;
		}
		for (const [i, p] of group.entries()) {
			if (Date.now() + ROUND_WORST_MS > limits.deadline || limits.quotaLeft() <= 0) {
				waiting.push(...group.slice(i));
				return { outcomes, stopped: limits.quotaLeft() <= 0 ? "quota" : "time", requests };
			}
			limits.spend(1);
			requests++;
			let answer;
			try {
				answer = answerOf(UrlFetchApp.fetch(p.current, PARAMS));
			} catch (e) {
				if (isQuotaError(e)) return { outcomes, stopped: "quota", requests };
				answer = errorAnswer(e);
			}
			settle(p, answer);
		}
	}
	return { outcomes, requests };
}

const DAILY_LIMIT = 2e4;
const RESERVE = 500;
const QUOTA_KEY = "ita.links.urlfetch";
const DAY_MS = 24 * 36e5;
function dailyQuota(now) {
	const props = PropertiesService.getUserProperties();
	let window = { since: now, used: 0 };
	try {
		const stored = JSON.parse(props.getProperty(QUOTA_KEY) ?? "null");
		if (stored && typeof stored.since === "number" && typeof stored.used === "number" && now - stored.since < DAY_MS) {
			window = { since: stored.since, used: stored.used };
		}
	} catch {
	}
	return {
		left: () => Math.max(0, DAILY_LIMIT - RESERVE - window.used),
		spend: (n) => void (window.used += n),
		save: () => void props.setProperty(QUOTA_KEY, JSON.stringify(window))
	};
}

const TIME_BUDGET_MS = 4 * 6e4;
const CHECKED_AT = LINK_SHEET_HEADER.indexOf("ตรวจเมื่อ");
const DRIVE_SLICE = 10;
function checkEvidenceLinksFromSheet() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const summary = runLinkCheck(ss, Date.now() + TIME_BUDGET_MS);
	ss.toast(summaryMessage(summary), "ตรวจลิงก์หลักฐาน", 15);
	return summary;
}
function runLinkCheck(ss, deadline) {
	const data = readWorkbookData(ss);
	const sources = readLinkSources(data);
	const { targets } = sources;
	const site = mainWebsite(data);
	const { fresh, todo } = planChecks(
		targets.map((t) => t.url),
		latestResults(readLinkSheet(data[SHEET.links]?.values)),
		Date.now()
	);
	const results = new Map(fresh);
	const record = (o) => results.set(linkKey(o.url), { ...o, checkedAt: Date.now() });
	const drive = todo.filter((u) => driveTarget(u));
	const web = todo.filter((u) => !driveTarget(u));
	let stopped;
	for (let i = 0; i < drive.length; i += DRIVE_SLICE) {
		if (Date.now() > deadline) {
			stopped = "time";
			break;
		}
		for (const url of drive.slice(i, i + DRIVE_SLICE)) {
			const outcome = checkDriveLink(url, driveTarget(url));
			if (outcome) record(outcome);
			else web.push(url);
		}
	}
	const quota = dailyQuota(Date.now());
	let requests = 0;
	if (!stopped && web.length > 0) {
		const run = fetchLinks(web, { deadline, quotaLeft: quota.left, spend: quota.spend });
		run.outcomes.forEach(record);
		stopped = run.stopped;
		requests = run.requests;
		quota.save();
	}
	writeLinkSheet(ss, targets, results, site, sources);
	runValidation(ss);
	const problems = [...results.values()].filter((r) => !isOpenable(r.status)).length;
	return {
		links: targets.length,
		checked: results.size - fresh.size,
		fromCache: fresh.size,
		pending: targets.length - results.size,
		problems,
		requests,
		stopped
	};
}
function writeLinkSheet(ss, targets, results, site, sources) {
	const jump = jumpLinks(ss, sources);
	const rows = linkSheetRows(targets, results, site).map((r, i) => {
		const cells = r.map((v) => typeof v === "string" ? asText(v) : v);
		cells.push(i === 0 ? "ไปที่เซลล์" : jump(String(r[1]), String(r[2]), String(r[3])));
		const at = i > 0 ? checkedAtMs(cells[CHECKED_AT]) : 0;
		if (at) cells[CHECKED_AT] = new Date(at);
		return cells;
	});
	if (rows.length === 1) rows.push(["", "", "", "", "", "ไม่พบลิงก์ในชีตมาตรการและคำตอบแบบฟอร์ม", "", "", "", ""]);
	let sheet = ss.getSheetByName(SHEET.links);
	if (!sheet) {
		sheet = ss.insertSheet(SHEET.links);
		sheet.setFrozenRows(1);
		sheet.setColumnWidth(1, 360);
		sheet.setColumnWidth(6, 420);
	}
	const below = sheet.getLastRow() - rows.length;
	ensureSheetSize(sheet, rows.length, rows[0].length);
	sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
	if (below > 0) sheet.getRange(rows.length + 1, 1, below, sheet.getLastColumn()).clearContent();
}
function jumpLinks(ss, sources) {
	const find = cellFinder(sources);
	const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
	return (sheet, key, header) => {
		const at = find(sheet, key, header);
		const gid = gids.get(sheet);
		if (!at || gid === void 0) return "";
		const a1 = `${columnLetters(at.column)}${at.row}`;
		return `=HYPERLINK("#gid=${gid}&range=${a1}","ไปที่ ${a1}")`;
	};
}
function summaryMessage(s) {
	const head = `ตรวจลิงก์ ${s.links} ลิงก์: ตรวจใหม่ ${s.checked} ใช้ผลเดิม (ไม่เกิน ๒๔ ชั่วโมง) ${s.fromCache} — ผู้ประเมินเปิดไม่ได้ ${s.problems} ลิงก์ ดูชีต "${SHEET.links}"`;
	if (s.stopped === "time")
		return `${head}
ยังไม่ได้ตรวจ ${s.pending} ลิงก์ เพราะใกล้หมดเวลาทำงานของ Apps Script — เรียกเมนู "ตรวจลิงก์หลักฐาน" อีกครั้งเพื่อตรวจต่อจากที่ค้างไว้`;
	if (s.stopped === "quota")
		return `${head}
ยังไม่ได้ตรวจ ${s.pending} ลิงก์ เพราะโควตาการเรียกเว็บ (UrlFetch) ของวันนี้ใกล้หมด — ตรวจต่อได้พรุ่งนี้`;
	return head;
}

const CHART_TITLE = "ความคืบหน้าการรายงานผลรายหน่วยงาน (แถว)";
const UNIT_COLUMNS = [
	"หน่วยงาน",
	"รายงานแล้ว",
	"ยังไม่รายงาน",
	"แถวที่ต้องรายงาน",
	"ร้อยละที่รายงานแล้ว",
	"รหัสหน่วยงาน",
	"อีเมลผู้ประสานงาน",
	"แถวที่ยังไม่รายงาน",
	"ตอบแบบฟอร์มล่าสุด"
];
const SECTION_COLUMNS = ["ตัวชี้วัด", "จำนวนแถว", ...SUMMARY_STATUSES, "ร้อยละที่ดำเนินการแล้วเสร็จ"];
const PROGRESS_WIDTH = Math.max(UNIT_COLUMNS.length, SECTION_COLUMNS.length);
function textCell$1(s) {
	const safe = asText(s);
	return safe === s && /^[\d๐-๙]/.test(s) ? `'${s}` : safe;
}
function daysBetween(a, b) {
	return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 864e5);
}
function deadlineText(deadline, today, style) {
	if (!deadline) return 'กำหนดส่ง: ยังไม่ได้กรอกในชีต "ตั้งค่า" (แถว "กำหนดส่งผลการดำเนินงาน")';
	const n = daysBetween(today, deadline);
	const when = n > 0 ? `อีก ${n} วัน` : n === 0 ? "วันนี้" : `เลยกำหนด ${-n} วัน`;
	return `กำหนดส่ง ${formatThaiDateLong(deadline, style)} (${applyDigitStyle(when, style)})`;
}
function progressCells(p, ctx) {
	const d = (s) => applyDigitStyle(s, ctx.style);
	const values = [];
	const boldRows = [];
	const push = (line, bold = false) => {
		values.push([...line, ...new Array(PROGRESS_WIDTH - line.length).fill("")]);
		if (bold) boldRows.push(values.length);
	};
	push([d(`สรุปความคืบหน้าการรายงานผล รอบ ${p.round} เดือน ปีงบประมาณ ${p.fiscalYear}`)], true);
	push([`ปรับปรุงเมื่อ ${ctx.updatedAt} (เมนู รายงาน ITA › สรุปความคืบหน้า และทุกครั้งที่ดึงคำตอบแบบฟอร์มใหม่)`]);
	push([deadlineText(ctx.deadline, ctx.today, ctx.style)]);
	push([]);
	push([...UNIT_COLUMNS], true);
	const headerRow = values.length;
	for (const u of p.units) {
		push([
			textCell$1(u.name),
			u.answered,
			u.missing.length,
			u.owed,
			percentAnswered(u.answered, u.owed),
			textCell$1(u.code),
			u.email === "" ? "(ไม่มีอีเมล)" : textCell$1(u.email),
			textCell$1(u.missing.map((m) => m.label).join("\n")),
			u.lastAnswer === "" ? "-" : textCell$1(u.lastAnswer)
		]);
	}
	const behind = p.units.filter((u) => u.missing.length > 0).length;
	push(
		[
			"รวม",
			p.totals.answered,
			p.totals.missing,
			p.totals.owed,
			percentAnswered(p.totals.answered, p.totals.owed),
			"",
			"",
			d(`ยังรายงานไม่ครบ ${behind} จาก ${p.units.length} หน่วยงาน`),
			""
		],
		true
	);
	push([]);
	push([...SECTION_COLUMNS], true);
	const done = SUMMARY_STATUSES[0];
	for (const s of p.sections)
		push([
			textCell$1(s.title),
			s.rows,
			...SUMMARY_STATUSES.map((k) => s.byStatus[k]),
			percentAnswered(s.byStatus[done], s.rows)
		]);
	push(
		["ภาพรวม", p.rows, ...SUMMARY_STATUSES.map((k) => p.byStatus[k]), percentAnswered(p.byStatus[done], p.rows)],
		true
	);
	return { values, boldRows, chart: { row: headerRow, numRows: p.units.length + 1, column: 1, numColumns: 3 } };
}

const CHART_ID_PROPERTY = "ITA_PROGRESS_CHART_ID";
const COLOURS = ["#6aa84f", "#e06666"];
const ANCHOR_COLUMN = 11;
function titleOf(chart) {
	try {
		return String(chart.getOptions().get("title") ?? "");
	} catch {
		return "";
	}
}
function upsertProgressChart(sheet, at, dataChanged = true) {
	const range = sheet.getRange(at.row, at.column, at.numRows, at.numColumns);
	const props = PropertiesService.getDocumentProperties();
	const stored = props.getProperty(CHART_ID_PROPERTY);
	const charts = sheet.getCharts();
	const found = charts.find((c) => stored !== null && String(c.getChartId()) === stored) ?? charts.find((c) => titleOf(c) === CHART_TITLE);
	if (found && !dataChanged) return "kept";
	if (found) {
		const chart2 = found.modify().clearRanges().addRange(range).setOption("title", CHART_TITLE).setPosition(at.row, ANCHOR_COLUMN, 0, 0).build();
		sheet.updateChart(chart2);
		const id2 = found.getChartId();
		if (id2 !== null && String(id2) !== stored) props.setProperty(CHART_ID_PROPERTY, String(id2));
		return "updated";
	}
	const before = new Set(charts.map((c) => String(c.getChartId())));
	const chart = sheet.newChart().asBarChart().setStacked().setTitle(CHART_TITLE).setColors(COLOURS).addRange(range).setNumHeaders(1).setPosition(at.row, ANCHOR_COLUMN, 0, 0).build();
	sheet.insertChart(chart);
	const added = sheet.getCharts().find((c) => !before.has(String(c.getChartId())));
	const id = added?.getChartId();
	if (id !== null && id !== void 0) props.setProperty(CHART_ID_PROPERTY, String(id));
	return "created";
}

const WEEKLY_HANDLER = "sendRemindersWeekly";
const WEEKLY_HOUR = 9;
function scheduleWanted(config, todayKey) {
	return config.auto && config.deadline !== null && dayKey(config.deadline) >= todayKey;
}
function syncSchedule(config, todayKey) {
	const ours = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === WEEKLY_HANDLER);
	if (scheduleWanted(config, todayKey)) {
		for (const extra of ours.slice(1)) ScriptApp.deleteTrigger(extra);
		if (ours.length > 0) return "kept";
		ScriptApp.newTrigger(WEEKLY_HANDLER).timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(WEEKLY_HOUR).create();
		return "installed";
	}
	for (const t of ours) ScriptApp.deleteTrigger(t);
	return ours.length > 0 ? "removed" : "none";
}
function scheduleText(change) {
	switch (change) {
		case "installed":
			return "ตั้งการเตือนอัตโนมัติทุกวันจันทร์ เวลาประมาณ ๐๙.๐๐ น. จนถึงวันกำหนดส่งแล้ว";
		case "kept":
			return "การเตือนอัตโนมัติทุกวันจันทร์ยังทำงานอยู่จนถึงวันกำหนดส่ง";
		case "removed":
			return "ยกเลิกการเตือนอัตโนมัติแล้ว (ปิดในชีตตั้งค่า หรือเลยวันกำหนดส่งแล้ว)";
		default:
			return "";
	}
}

function nowText(format = "yyyy-MM-dd HH:mm") {
	return Utilities.formatDate(new Date(Date.now()), Session.getScriptTimeZone(), format);
}
function calendarDay(key) {
	const [year, month, day] = key.split("-").map(Number);
	return { year, month, day };
}
function readProgress(ss, catchUp) {
	const data = {};
	for (const name of DATA_SHEETS) {
		const values = sheetValues(ss, name);
		if (values) data[name] = { values };
	}
	const workbook = parseWorkbook(data);
	const config = workbook.config;
	if (!config)
		return {
			problem: `ชีต "${SHEET.config}" ยังไม่ครบ (ชื่อหน่วยงาน ปีงบประมาณ หรือรอบรายงาน) — เรียกเมนู "ตรวจสอบข้อมูล" เพื่อดูช่องที่ต้องแก้`
		};
	if (workbook.units.length === 0 || workbook.measures.length === 0)
		return { problem: `ยังไม่มีหน่วยงานในชีต "${SHEET.units}" หรือมาตรการในชีต "${SHEET.measures}"` };
	const view = catchUp ? loadFormView(ss, workbook, config) : formView(readFormData(ss), workbook, config);
	const todayKey = nowText("yyyy-MM-dd");
	return {
		workbook,
		config,
		progress: progressOf(workbook, config, view),
		reminder: readReminderConfig(data[SHEET.config]?.values),
		today: calendarDay(todayKey),
		todayKey
	};
}
function writeProgressSheet(ss, read) {
	const cells = progressCells(read.progress, {
		updatedAt: nowText(),
		today: read.today,
		deadline: read.reminder.deadline,
		style: read.config.digitStyle
	});
	let sheet = ss.getSheetByName(SHEET.progress);
	const old = sheet ? sheet.getDataRange().getValues() : [];
	if (!sheet) {
		sheet = ss.insertSheet(SHEET.progress);
		sheet.setColumnWidth(1, 320);
		sheet.setColumnWidth(8, 460);
		sheet.protect().setDescription("ITA: สรุปความคืบหน้า — โปรแกรมเขียนใหม่ทุกครั้ง").setWarningOnly(true);
	}
	const changed = !sameCells(old, cells.values);
	if (changed) {
		const height = cells.values.length;
		const bold = new Set(cells.boldRows);
		sheet.getRange(1, 1, height, PROGRESS_WIDTH).setValues(cells.values).setFontWeights(
			cells.values.map(
				(_, r) => new Array(PROGRESS_WIDTH).fill(bold.has(r + 1) ? "bold" : "normal")
			)
		);
		if (old.length > height)
			sheet.getRange(height + 1, 1, old.length - height, Math.max(PROGRESS_WIDTH, old[0]?.length ?? 0)).clear();
	}
	upsertProgressChart(sheet, cells.chart, changed);
}
function sameCells(old, next) {
	if (old.length !== next.length) return false;
	const shown = (v) => typeof v === "string" ? storedText(v) : cellText$1(v);
	return next.every((line, r) => r === 1 || line.every((v, c) => shown(v) === cellText$1(old[r]?.[c])));
}
function refreshProgressIn(ss, catchUp) {
	const read = readProgress(ss, catchUp);
	if ("problem" in read) return read;
	writeProgressSheet(ss, read);
	return { ...read, schedule: syncSchedule(read.reminder, read.todayKey) };
}
function refreshProgressQuietly(ss) {
	try {
		if (!ss.getSheetByName(SHEET.progress)) return;
		const out = refreshProgressIn(ss, false);
		if ("problem" in out) console.warn(`progress: not rebuilt: ${out.problem}`);
	} catch (error) {
		console.warn("progress: the sheet could not be rebuilt after the reconcile", error);
	}
}
function refreshProgressFromMenu() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const ui = SpreadsheetApp.getUi();
	const out = refreshProgressIn(ss, true);
	if ("problem" in out) {
		ui.alert("สรุปความคืบหน้า", out.problem, ui.ButtonSet.OK);
		return;
	}
	const { totals, units } = out.progress;
	const behind = units.filter((u) => u.missing.length > 0).length;
	ss.getSheetByName(SHEET.progress)?.activate();
	ss.toast(`รายงานแล้ว ${totals.answered} จาก ${totals.owed} แถว · ยังรายงานไม่ครบ ${behind} หน่วยงาน`, "สรุปความคืบหน้า", 8);
	const notes = [...out.reminder.problems, scheduleText(out.schedule)].filter(Boolean);
	if (out.reminder.problems.length > 0 || out.schedule === "installed" || out.schedule === "removed")
		ui.alert("สรุปความคืบหน้า", notes.join("\n"), ui.ButtonSet.OK);
}

function reminderMail(unit, link, ctx) {
	const d = (text) => applyDigitStyle(text, ctx.style);
	const roundText = d(`รอบ ${ctx.round} เดือน ปีงบประมาณ ${ctx.fiscalYear}`);
	const subject = `[ITA] ขอรายงานผลการดำเนินงาน ${roundText} — ${unit.name}`;
	const intro = `${ctx.agencyName} ยังไม่ได้รับรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ${roundText} ` + d(`จาก${unit.name} ${unit.missing.length} รายการ ดังนี้`);
	const rows = unit.missing.map((m) => m.label);
	const deadline = ctx.deadline ? `กำหนดส่ง: ${formatThaiDateLong(ctx.deadline, ctx.style)}` : "";
	const prefilled = unit.missing.length === 1 ? "ลิงก์นี้เลือกหน่วยงานและมาตรการของท่านไว้ให้แล้ว" : "ลิงก์นี้เลือกหน่วยงานของท่านไว้ให้แล้ว เลือกมาตรการทีละรายการ";
	const how = "ตอบ ๑ ครั้งต่อ ๑ กิจกรรม ถ้ารายงานแล้วภายหลังอีเมลนี้ ไม่ต้องตอบซ้ำ";
	const noLink = "โปรดขอลิงก์แบบฟอร์มรายงานผลจากผู้ประสานงาน ITA";
	const body = [
		`เรียน ผู้ประสานงาน${unit.name}`,
		"",
		intro,
		...rows.map((r, i) => `${d(String(i + 1))}. ${r}`),
		"",
		...deadline ? [deadline] : [],
		...link ? [`ตอบแบบฟอร์มรายงานผล (${prefilled}):`, link] : [noLink],
		how,
		"",
		"ขอบคุณครับ/ค่ะ",
		ctx.sender
	].join("\n");
	const e = escapeHtml;
	const htmlBody = `<div style="font-family:Sarabun,Tahoma,sans-serif;font-size:15px;line-height:1.6"><p>เรียน ผู้ประสานงาน${e(unit.name)}</p><p>${e(intro)}</p><ol>${rows.map((r) => `<li>${e(r)}</li>`).join("")}</ol>` + (deadline ? `<p><b>${e(deadline)}</b></p>` : "") + (link ? `<p><a href="${e(link)}">ตอบแบบฟอร์มรายงานผล</a> (${e(prefilled)})</p>` : `<p>${e(noLink)}</p>`) + `<p>${e(how)}</p><p>ขอบคุณครับ/ค่ะ<br>${e(ctx.sender).replace(/\n/g, "<br>")}</p></div>`;
	return { to: unit.email, subject, body, htmlBody };
}

function openForm() {
	const props = PropertiesService.getDocumentProperties();
	const id = props.getProperty(FORM_ID_PROPERTY);
	if (!id) return null;
	let form;
	try {
		form = FormApp.openById(id);
	} catch {
		return null;
	}
	let ids = {};
	try {
		ids = JSON.parse(props.getProperty(ITEM_IDS_PROPERTY) ?? "{}");
	} catch {
		ids = {};
	}
	const item = (itemId) => {
		if (itemId === void 0) return null;
		try {
			return form.getItemById(itemId)?.asListItem() ?? null;
		} catch {
			return null;
		}
	};
	return { form, unit: item(ids.unit), row: item(ids.row) };
}
function prefilledLinks(units) {
	const out = new Map();
	if (units.length === 0) return out;
	const opened = openForm();
	if (!opened) return out;
	const published = (() => {
		try {
			return opened.form.getPublishedUrl();
		} catch {
			return "";
		}
	})();
	for (const u of units) {
		try {
			let response = opened.form.createResponse();
			let filled = 0;
			const add = (item, choice) => {
				if (!item) return;
				try {
					response = response.withItemResponse(item.createResponse(choice));
					filled++;
				} catch {
				}
			};
			add(opened.unit, u.choice);
			if (u.missing.length === 1) add(opened.row, u.missing[0].label);
			out.set(u.code, filled > 0 ? response.toPrefilledUrl() : published);
		} catch (error) {
			console.warn(`reminders: no pre-filled link for ${u.code}`, error);
			out.set(u.code, published);
		}
	}
	return out;
}

const RULE_COLUMNS = [LOG_HEADER[0], LOG_HEADER[1], LOG_HEADER[5]];
function openReminderLog(ss) {
	let sheet = ss.getSheetByName(SHEET.reminderLog);
	if (!sheet) {
		sheet = ss.insertSheet(SHEET.reminderLog);
		sheet.setFrozenRows(1);
		sheet.protect().setDescription("ITA: บันทึกการเตือน — โปรแกรมเขียนต่อท้ายเอง").setWarningOnly(true);
	}
	let values = sheet.getDataRange().getValues();
	if (values.length < 2 && !values[0]?.some((v) => v !== "")) {
		sheet.getRange(1, 1, 1, LOG_HEADER.length).setValues([[...LOG_HEADER]]).setFontWeight("bold");
		values = [[...LOG_HEADER]];
	}
	const header = (values[0] ?? []).map((h) => normaliseHeader(h));
	const at = (name) => header.indexOf(normaliseHeader(name));
	const [time, code, result] = RULE_COLUMNS.map(at);
	const tz = Session.getScriptTimeZone();
	const lines = values.slice(1).map((row) => ({
		day: dayOf(row[time], tz),
		code: code < 0 ? "" : cellText$1(row[code]).trim(),
		result: result < 0 ? "" : cellText$1(row[result]).trim()
	}));
	return { sheet, header: values.length > 0 ? header : [...LOG_HEADER], lines };
}
function logProblem(log) {
	const gone = RULE_COLUMNS.filter((h) => !log.header.includes(normaliseHeader(h)));
	return gone.length === 0 ? "" : `ชีต "${SHEET.reminderLog}" แถว 1 ไม่มีคอลัมน์ "${gone.join('", "')}" จึงยังไม่ส่ง — แก้หัวคอลัมน์กลับแล้วสั่งใหม่`;
}
function dayOf(value, tz) {
	if (Object.prototype.toString.call(value) === "[object Date]")
		return Utilities.formatDate(value, tz, "yyyy-MM-dd");
	return cellText$1(value).trim().slice(0, 10);
}
function appendLogLine(log, entry) {
	const byHeader = new Map([
		[LOG_HEADER[0], new Date(Date.now())],
		[LOG_HEADER[1], textCell$1(entry.code)],
		[LOG_HEADER[2], textCell$1(entry.name)],
		[LOG_HEADER[3], textCell$1(entry.email)],
		[LOG_HEADER[4], textCell$1(entry.rows)],
		[LOG_HEADER[5], textCell$1(entry.result)]
	]);
	const width = Math.max(log.header.length, 1);
	const row = new Array(width).fill("");
	for (const [name, value] of byHeader) {
		const c = log.header.indexOf(normaliseHeader(name));
		if (c >= 0) row[c] = value;
	}
	log.sheet.appendRow(row);
}

const TITLE = "ส่งอีเมลเตือนหน่วยงาน";
function plan(ss, read) {
	const log = openReminderLog(ss);
	return logProblem(log) || planReminders(read.progress.units, todaysStates(log.lines, read.todayKey), MailApp.getRemainingDailyQuota());
}
const unitLine = (u) => `• ${u.name} <${u.email}>: ${u.missing.length} รายการ (${rowIdsText(u)})`;
function listsText(p) {
	const out = [];
	if (p.noEmail.length > 0)
		out.push(
			`ไม่มีอีเมลผู้ประสานงานในชีต "หน่วยงาน" (กรอกคอลัมน์ อีเมลผู้ประสานงาน แล้วสั่งอีกครั้ง):`,
			...p.noEmail.map((u) => `• ${u.name}: ${u.missing.length} รายการ (${rowIdsText(u)})`)
		);
	if (p.alreadySent.length > 0)
		out.push("ส่งอีเมลเตือนไปแล้ววันนี้ (ไม่ส่งซ้ำในวันเดียวกัน):", ...p.alreadySent.map((u) => `• ${u.name}`));
	if (p.overQuota.length > 0)
		out.push(
			`โควตาอีเมลของวันนี้เหลือ ${p.quota} ฉบับ จึงยังไม่ส่งถึง (สั่งอีกครั้งพรุ่งนี้):`,
			...p.overQuota.map((u) => `• ${u.name} <${u.email}>`)
		);
	return out;
}
function sendUnder(ss, read, codes) {
	const run = withDocumentLock(ACTION_LOCK_MS, () => {
		const log = openReminderLog(ss);
		const fresh = planReminders(
			read.progress.units,
			todaysStates(log.lines, read.todayKey),
			MailApp.getRemainingDailyQuota()
		);
		const outcome = { sent: [], failed: [], left: [] };
		const todo = fresh.send.filter((u) => codes.has(u.code));
		outcome.left.push(...fresh.overQuota);
		for (const u of fresh.noEmail)
			appendLogLine(log, { code: u.code, name: u.name, email: "", rows: rowIdsText(u), result: RESULT.noEmail });
		const links = prefilledLinks(todo);
		const ctx = {
			agencyName: read.config.agencyName,
			sender: read.config.compiledBy || read.config.agencyName,
			fiscalYear: read.config.fiscalYear,
			round: read.config.round,
			deadline: read.reminder.deadline,
			style: read.config.digitStyle
		};
		let stopped = false;
		for (const u of todo) {
			const entry = { code: u.code, name: u.name, email: u.email, rows: rowIdsText(u) };
			if (stopped) {
				outcome.left.push(u);
				continue;
			}
			appendLogLine(log, { ...entry, result: RESULT.sending });
			const mail = reminderMail(u, links.get(u.code) ?? "", ctx);
			try {
				MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody });
				appendLogLine(log, { ...entry, result: RESULT.sent });
				outcome.sent.push(u);
			} catch (error) {
				const why = errorMessage(error);
				appendLogLine(log, { ...entry, result: `${RESULT.failed}: ${why}` });
				outcome.failed.push({ unit: u, why });
				if (/too many times|quota/i.test(why) || MailApp.getRemainingDailyQuota() < 1) stopped = true;
			}
		}
		for (const u of outcome.left)
			appendLogLine(log, { code: u.code, name: u.name, email: u.email, rows: rowIdsText(u), result: RESULT.overQuota });
		return outcome;
	});
	return run.ok ? run.value : null;
}
function outcomeText(o) {
	const out = [`ส่งอีเมลเตือนแล้ว ${o.sent.length} หน่วยงาน${o.sent.length > 0 ? ":" : ""}`, ...o.sent.map(unitLine)];
	if (o.failed.length > 0)
		out.push("ส่งไม่สำเร็จ (สั่งอีกครั้งได้):", ...o.failed.map((f) => `• ${f.unit.name} <${f.unit.email}>: ${f.why}`));
	if (o.left.length > 0)
		out.push("ยังไม่ได้ส่ง เพราะโควตาอีเมลของวันนี้หมด (สั่งอีกครั้งพรุ่งนี้):", ...o.left.map((u) => `• ${u.name} <${u.email}>`));
	out.push('บันทึกไว้ในชีต "บันทึกการเตือน"');
	return out;
}
function sendRemindersFromMenu() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const ui = SpreadsheetApp.getUi();
	const read = refreshProgressIn(ss, true);
	if ("problem" in read) {
		ui.alert(TITLE, read.problem, ui.ButtonSet.OK);
		return;
	}
	const schedule = scheduleText(read.schedule);
	const p = plan(ss, read);
	if (typeof p === "string") {
		ui.alert(TITLE, p, ui.ButtonSet.OK);
		return;
	}
	const notes = [...read.reminder.problems, ...schedule ? [schedule] : []];
	if (p.send.length === 0) {
		const head = p.complete === read.progress.units.length ? "ทุกหน่วยงานรายงานครบแล้ว ไม่มีอีเมลที่ต้องส่ง" : "ไม่มีอีเมลที่ส่งได้ในตอนนี้";
		ui.alert(TITLE, [head, ...listsText(p), ...notes].join("\n"), ui.ButtonSet.OK);
		return;
	}
	const preview = [
		`จะส่งอีเมลเตือน ${p.send.length} หน่วยงาน พร้อมรายการที่ยังไม่รายงานและลิงก์แบบฟอร์มที่เลือกหน่วยงานไว้ให้:`,
		...p.send.map(unitLine),
		...listsText(p),
		...notes,
		"",
		"ส่งเลยหรือไม่?"
	];
	if (ui.alert(TITLE, preview.join("\n"), ui.ButtonSet.YES_NO) !== ui.Button.YES) {
		ui.alert(TITLE, "ยังไม่ได้ส่งอีเมลใด ๆ", ui.ButtonSet.OK);
		return;
	}
	const outcome = sendUnder(ss, read, new Set(p.send.map((u) => u.code)));
	ui.alert(TITLE, outcome ? outcomeText(outcome).join("\n") : BUSY_TH, ui.ButtonSet.OK);
}
function sendRemindersWeeklyRun() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const read = refreshProgressIn(ss, true);
	if ("problem" in read) {
		console.warn(`sendRemindersWeekly: nothing sent: ${read.problem}`);
		return;
	}
	if (!scheduleWanted(read.reminder, read.todayKey)) {
		console.log(`sendRemindersWeekly: off or past the deadline; nothing sent (${read.schedule})`);
		return;
	}
	const p = plan(ss, read);
	if (typeof p === "string") return console.warn(`sendRemindersWeekly: ${p}`);
	const outcome = sendUnder(ss, read, new Set(p.send.map((u) => u.code)));
	console.log(`sendRemindersWeekly: ${outcome ? outcomeText(outcome).join(" | ") : BUSY_TH}`);
}

function textCell(text, options = {}) {
	const { bold, ...rest } = options;
	return {
		paragraphs: text === "" ? [] : [{ runs: [{ text, ...bold ? { bold: true } : {} }] }],
		rowSpan: 1,
		columnSpan: 1,
		...rest
	};
}
const COVERED = Object.freeze({ paragraphs: [], rowSpan: 0, columnSpan: 0 });

function itaLevel(score) {
	const bands = [
		[95, "AA"],
		[85, "A"],
		[75, "B"],
		[65, "C"],
		[55, "D"],
		[50, "E"]
	];
	return bands.find(([min]) => score >= min)?.[1] ?? "F";
}
const LEVELS = ["AA", "A", "B", "C", "D", "E", "F"];
function parseScore(text) {
	const s = toArabicDigits(text).replace(/\s+/g, "");
	return /^\d{1,3}(\.\d+)?$/.test(s) ? Number(s) : void 0;
}
function readPlanInputs(data, workbook) {
	const findings = [];
	const finding = (severity, rule, sheet, row, column, header, th, en) => findings.push({ severity, rule, sheet, row, column, header, messageTh: th, messageEn: en });
	const config = workbook.config;
	const configCell = (key) => {
		const row = workbook.configRows[key] ?? 0;
		return { text: config?.[key]?.trim() ?? "", row, column: row ? 2 : 0, label: CONFIG_LABEL[key] };
	};
	const missingRow = (label) => `ไม่พบบรรทัด "${label}" ในชีต "${SHEET.config}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่ม แล้วกรอกค่า`;
	const year = configCell("assessedYear");
	let assessedYear = null;
	const y = Number(toArabicDigits(year.text));
	if (year.text === "")
		finding(
			"error",
			"plan-year-missing",
			SHEET.config,
			year.row,
			year.column,
			year.label,
			year.row ? "กรอกปีที่ประเมิน (ปี พ.ศ. ของผลการประเมิน ITA ที่นำมาวิเคราะห์ เช่น ๒๕๖๖)" : missingRow(year.label),
			"The assessed ITA year is required."
		);
	else if (!/^\d{4}$/.test(toArabicDigits(year.text)) || y < 2500 || y > 2700)
		finding(
			"error",
			"plan-year-invalid",
			SHEET.config,
			year.row,
			year.column,
			year.label,
			"ปีที่ประเมินต้องเป็นปี พ.ศ. ๔ หลัก เช่น ๒๕๖๖",
			"The assessed year must be a BE year."
		);
	else assessedYear = y;
	const overallCell = configCell("overallScore");
	let overall = null;
	const o = parseScore(overallCell.text);
	if (overallCell.text === "")
		finding(
			"error",
			"plan-overall-missing",
			SHEET.config,
			overallCell.row,
			overallCell.column,
			overallCell.label,
			overallCell.row ? "กรอกคะแนนรวม ITA ของปีที่ประเมิน (0–100)" : missingRow(overallCell.label),
			"The overall score is required."
		);
	else if (o === void 0 || o > 100)
		finding(
			"error",
			"plan-score-invalid",
			SHEET.config,
			overallCell.row,
			overallCell.column,
			overallCell.label,
			"คะแนนรวมต้องเป็นตัวเลข ๐–๑๐๐ เช่น ๘๔.๓๖",
			"The overall score must be 0-100."
		);
	else overall = o;
	const targetCell = configCell("targetScore");
	let target = DEFAULT_TARGET_SCORE;
	const t = parseScore(targetCell.text);
	if (targetCell.text !== "") {
		if (t === void 0 || t > 100)
			finding(
				"error",
				"plan-score-invalid",
				SHEET.config,
				targetCell.row,
				targetCell.column,
				targetCell.label,
				"คะแนนเป้าหมายต้องเป็นตัวเลข ๐–๑๐๐ เช่น ๘๕",
				"The target score must be 0-100."
			);
		else target = t;
	}
	const levelCell = configCell("level");
	const typedLevel = levelCell.text.toUpperCase().replace(/\s+/g, "");
	if (typedLevel !== "" && !LEVELS.includes(typedLevel))
		finding(
			"error",
			"plan-level-invalid",
			SHEET.config,
			levelCell.row,
			levelCell.column,
			levelCell.label,
			"ระดับผลการประเมินต้องเป็น AA, A, B, C, D, E หรือ F (หรือเว้นว่างให้โปรแกรมคิดจากคะแนนรวม)",
			"Level must be AA-F or empty."
		);
	const levelDerived = typedLevel === "" || !LEVELS.includes(typedLevel);
	const level = levelDerived ? overall === null ? "" : itaLevel(overall) : typedLevel;
	const table = readTable(SHEET.lastResult, data[SHEET.lastResult], LAST_RESULT_HEADER, ["indicator", "score"]);
	if (!data[SHEET.lastResult])
		table.findings[0].messageTh = `ไม่พบชีต "${SHEET.lastResult}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อสร้างชีตนี้ (พร้อมตัวชี้วัด ๑๐ ข้อ) แล้วกรอกคะแนน`;
	findings.push(...table.findings);
	const scoreColumn = table.columns.score ?? 0;
	const indicatorColumn = table.columns.indicator ?? 0;
	const indicators = [];
	const seen = new Map();
	for (const r of table.rows) {
		const n = Number(toArabicDigits(r.text.indicator).trim());
		if (!/^\d{1,2}$/.test(toArabicDigits(r.text.indicator).trim()) || n < 1 || n > 10) {
			finding(
				"error",
				"plan-indicator-invalid",
				SHEET.lastResult,
				r.row,
				indicatorColumn,
				LAST_RESULT_HEADER.indicator,
				"ตัวชี้วัดที่ต้องเป็นเลข ๑–๑๐",
				"Indicator must be 1-10."
			);
			continue;
		}
		const first = seen.get(n);
		if (first !== void 0) {
			finding(
				"error",
				"plan-indicator-duplicate",
				SHEET.lastResult,
				r.row,
				indicatorColumn,
				LAST_RESULT_HEADER.indicator,
				`ตัวชี้วัดที่ ${n} ซ้ำกับแถวที่ ${first}`,
				`Indicator ${n} repeats row ${first}.`
			);
			continue;
		}
		seen.set(n, r.row);
		const score = parseScore(r.text.score);
		if (r.text.score === "") {
			finding(
				"error",
				"plan-score-missing",
				SHEET.lastResult,
				r.row,
				scoreColumn,
				LAST_RESULT_HEADER.score,
				`กรอกคะแนนของตัวชี้วัดที่ ${n} (0–100)`,
				`Score of indicator ${n} is required.`
			);
			continue;
		}
		if (score === void 0 || score > 100) {
			finding(
				"error",
				"plan-score-invalid",
				SHEET.lastResult,
				r.row,
				scoreColumn,
				LAST_RESULT_HEADER.score,
				"คะแนนต้องเป็นตัวเลข ๐–๑๐๐ เช่น ๘๕.๕๐",
				"A score must be 0-100."
			);
			continue;
		}
		const known = ITA_INDICATORS.find(([no]) => no === n);
		indicators.push({
			no: n,
			name: r.text.name || known[1],
			tool: (r.text.tool || known[2]).toUpperCase(),
			score,
			row: r.row
		});
	}
	if (data[SHEET.lastResult] && table.columns.indicator !== void 0) {
		for (const [no] of ITA_INDICATORS) {
			if (!seen.has(no))
				finding(
					"error",
					"plan-indicator-missing",
					SHEET.lastResult,
					0,
					0,
					"",
					`ไม่พบตัวชี้วัดที่ ${no} ในชีต "${SHEET.lastResult}" — เพิ่มแถวของตัวชี้วัดนี้พร้อมคะแนน`,
					`Indicator ${no} is missing.`
				);
		}
	}
	indicators.sort((a, b) => a.no - b.no);
	return { inputs: { indicators, assessedYear, overall, target, level, levelDerived, scoreColumn }, findings };
}

function parseBudget(text) {
	if (text.replace(/\s+/g, "") === NO_BUDGET) return "none";
	const s = toArabicDigits(text).replace(/\s+|,/g, "").replace(/บาท$/, "").replace(/(\d)\.-$/, "$1");
	return /^\d+(\.\d{1,2})?$/.test(s) ? Number(s) : void 0;
}
function validatePlanData(data) {
	const workbook = parseWorkbook(data);
	const findings = [...workbook.findings];
	const ctx = createContext(workbook, findings);
	for (const rule of [referencesRule, issueSequenceRule, measureNumberingRule, textLintRule]) rule(ctx);
	const { inputs, findings: inputFindings } = readPlanInputs(data, workbook);
	findings.push(...inputFindings);
	const headingIndicator = new Map();
	const indicatorColumn = workbook.columns.headings.indicator;
	if (data[SHEET.headings] && indicatorColumn === void 0) {
		findings.push({
			severity: "error",
			rule: "header-missing",
			sheet: SHEET.headings,
			row: 1,
			column: 0,
			header: HEADING_HEADER.indicator,
			messageTh: `ไม่พบคอลัมน์ "${HEADING_HEADER.indicator}" ในชีต "${SHEET.headings}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่มคอลัมน์ แล้วระบุตัวชี้วัด ITA (๑–๑๐) ของแต่ละหัวข้อ`,
			messageEn: `Column "${HEADING_HEADER.indicator}" is missing from the headings sheet.`
		});
	}
	for (const h of workbook.headings) {
		if (indicatorColumn === void 0) break;
		const text = toArabicDigits(h.value.indicator).trim();
		const n = Number(text);
		if (/^\d{1,2}$/.test(text) && n >= 1 && n <= 10) {
			headingIndicator.set(h.value.code, n);
			continue;
		}
		findings.push({
			severity: "error",
			rule: text === "" ? "plan-heading-indicator-missing" : "plan-heading-indicator-invalid",
			sheet: SHEET.headings,
			row: h.row,
			column: indicatorColumn,
			header: HEADING_HEADER.indicator,
			messageTh: `${text === "" ? "ระบุ" : "ตัวชี้วัดที่ต้องเป็นเลข ๑–๑๐:"} ตัวชี้วัด ITA ที่หัวข้อ "${h.value.code}" แก้ไข (๑–๑๐ ตามชีต "${SHEET.lastResult}")`,
			messageEn: `Heading "${h.value.code}" needs its ITA indicator (1-10).`
		});
	}
	for (const row of workbook.measures) {
		if (workbook.columns.measures.budget === void 0) break;
		if (parseBudget(row.budget) !== void 0) continue;
		ctx.report(
			"error",
			row.budget === "" ? "plan-budget-missing" : "plan-budget-invalid",
			row,
			"budget",
			row.budget === "" ? `กรอกงบประมาณ (บาท) เป็นตัวเลข หรือ "${NO_BUDGET}"` : `งบประมาณต้องเป็นตัวเลข (บาท) เช่น 50000 หรือ "${NO_BUDGET}"`,
			"Budget must be a number or ไม่ใช้งบประมาณ."
		);
	}
	for (const [key, column] of [
		["budget", MEASURE_HEADER.budget],
		["timeframe", MEASURE_HEADER.timeframe]
	]) {
		if (workbook.columns.measures[key] === void 0 && data[SHEET.measures]) {
			findings.push({
				severity: "error",
				rule: "header-missing",
				sheet: SHEET.measures,
				row: 1,
				column: 0,
				header: column,
				messageTh: `ไม่พบคอลัมน์ "${column}" ในชีต "${SHEET.measures}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่มคอลัมน์ แล้วกรอกข้อมูล`,
				messageEn: `Column "${column}" is missing from the measures sheet.`
			});
		}
	}
	for (const row of workbook.measures) {
		if (workbook.columns.measures.timeframe !== void 0 && row.timeframe === "")
			ctx.report(
				"warning",
				"plan-timeframe-missing",
				row,
				"timeframe",
				"กรอกระยะเวลาดำเนินการ เช่น ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙",
				"Timeframe is empty."
			);
	}
	const addressed = new Set(
		workbook.measures.map((r) => headingIndicator.get(r.heading)).filter((n) => n !== void 0)
	);
	for (const ind of inputs.indicators) {
		if (ind.score >= inputs.target || addressed.has(ind.no)) continue;
		findings.push({
			severity: "warning",
			rule: "plan-indicator-unaddressed",
			sheet: SHEET.lastResult,
			row: ind.row,
			column: inputs.scoreColumn,
			header: "คะแนน",
			messageTh: `ตัวชี้วัดที่ ${toThaiDigits(String(ind.no))} ${ind.name} ได้คะแนนต่ำกว่าเป้าหมาย แต่ยังไม่มีประเด็นการพัฒนาใดแก้ไข — เพิ่มหัวข้อในชีต "${SHEET.headings}" ที่ระบุตัวชี้วัดที่ ${toThaiDigits(String(ind.no))} และมาตรการของหัวข้อนั้น`,
			messageEn: `Indicator ${ind.no} is below target and no issue addresses it.`
		});
	}
	const sorted = sortFindings(findings, [...DATA_SHEETS, SHEET.lastResult]);
	return { workbook, inputs, headingIndicator, findings: sorted, ...countBySeverity(sorted) };
}

const PLAN_TABLE_HEADER = [
	"ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน",
	"มาตรการ/แนวทางปฏิบัติ",
	"ค่าเป้าหมาย",
	"ระยะเวลาดำเนินการ",
	"งบประมาณ (บาท)",
	"ผู้รับผิดชอบ"
];
const PLAN_TABLE_WEIGHTS = [17, 23, 21, 13, 12, 14];
function formatBaht(n) {
	const [whole, frac] = (Number.isInteger(n) ? String(n) : n.toFixed(2)).split(".");
	return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}
function budgetText(text, style) {
	const b = parseBudget(text);
	if (b === "none") return NO_BUDGET;
	return b === void 0 ? applyDigitStyle(text, style) : applyDigitStyle(formatBaht(b), style);
}
function measuresTable(workbook, style) {
	const d = (s) => applyDigitStyle(s, style);
	const rows = workbook.measures;
	const units = workbook.units.map((u) => u.value);
	const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
	const measureKey = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
	const targetsPerMeasure = new Map();
	const measuresPerIssue = new Map();
	for (const r of rows) {
		targetsPerMeasure.set(measureKey(r), (targetsPerMeasure.get(measureKey(r)) ?? 0) + r.targets.length);
		measuresPerIssue.set(r.issueNo, (measuresPerIssue.get(r.issueNo) ?? new Set()).add(measureKey(r)));
	}
	const out = [PLAN_TABLE_HEADER.map((h) => textCell(h, { header: true, bold: true, center: true }))];
	const counter = new Map();
	let section;
	const span = (i, same) => {
		let n = 1;
		while (i + n < rows.length && rows[i + n].heading === rows[i].heading && same(rows[i + n], rows[i])) n++;
		return n;
	};
	rows.forEach((row, i) => {
		if (row.heading !== section) {
			section = row.heading;
			out.push([
				textCell(d(headingText.get(row.heading) ?? row.heading), { bold: true, columnSpan: 6 }),
				COVERED,
				COVERED,
				COVERED,
				COVERED,
				COVERED
			]);
		}
		const prev = i > 0 && rows[i - 1].heading === row.heading ? rows[i - 1] : void 0;
		const issueContinues = prev !== void 0 && prev.issueNo === row.issueNo;
		const measureContinues = issueContinues && measureKey(prev) === measureKey(row);
		const key = measureKey(row);
		const numbered = (targetsPerMeasure.get(key) ?? 0) > 1;
		const targets = row.targets.map((t) => {
			const n = (counter.get(key) ?? 0) + 1;
			counter.set(key, n);
			return numbered ? `${n}. ${t}` : t;
		});
		const showNo = (measuresPerIssue.get(row.issueNo)?.size ?? 0) > 1 && row.measureNo !== "";
		const cell = (text) => ({ paragraphs: textParagraphs(text, style), rowSpan: 1, columnSpan: 1 });
		out.push([
			issueContinues ? COVERED : { ...cell(`${row.issueNo}. ${row.issueTitle}`), rowSpan: span(i, (a, b) => a.issueNo === b.issueNo) },
			measureContinues ? COVERED : {
				...cell(showNo ? `${row.measureNo} ${row.measureText}` : row.measureText),
				rowSpan: span(i, (a, b) => measureKey(a) === measureKey(b))
			},
			cell(targets.join("\n")),
			cell(row.timeframe),
			{ ...cell(budgetText(row.budget, style)), center: true },
			cell(unitsLabel(row.units, units))
		]);
	});
	return { kind: "table", columnWeights: PLAN_TABLE_WEIGHTS, widthShare: 1, headerRows: 1, rows: out };
}

const PLAN_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
const PLAN_SUBTITLE = "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร";
const SCORES_HEADER = ["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "แบบวัด", "คะแนน", "ผลเทียบกับคะแนนเป้าหมาย"];
const BELOW_TARGET = "ต่ำกว่าเป้าหมาย";
const MEETS_TARGET = "ผ่านเป้าหมาย";
const NO_ISSUE_TEXT = "ยังไม่มีประเด็นการพัฒนาที่แก้ไขตัวชี้วัดนี้ — ควรกำหนดมาตรการเพิ่มเติม";
const CHART_SIZE_PT = { width: 540, height: 270 };
const score2 = (n) => n.toFixed(2);
function buildPlanModel(plan, config) {
	const style = config.digitStyle;
	const d = (s) => applyDigitStyle(s, style);
	const { workbook, inputs, headingIndicator } = plan;
	const year = inputs.assessedYear ?? config.fiscalYear - 1;
	const target = inputs.target;
	const targetText = d(Number.isInteger(target) ? String(target) : score2(target));
	const compiled = config.compiledBy.split("\n").map((l) => l.trim()).filter(Boolean);
	const titleLines = [
		{ text: PLAN_TITLE, emphasis: "title" },
		{ text: d(`${PLAN_SUBTITLE} ประจำปีงบประมาณ พ.ศ. ${config.fiscalYear}`), emphasis: "title" },
		...config.agencyName.split("\n").map((l) => l.trim()).filter(Boolean).map((text) => ({ text: d(text), emphasis: "agency" })),
		...compiled.map((line2, i) => ({ text: d(i === 0 ? `รวบรวมข้อมูลโดย ${line2}` : line2), emphasis: "normal" }))
	];
	const heading = (text) => ({ text: d(text), bold: true, size: "normal", spaceAbovePt: 12 });
	const line = (text, extra = {}) => ({ text: d(text), ...extra });
	const scoreRows = [SCORES_HEADER.map((h) => textCell(h, { header: true, bold: true, center: true }))];
	for (const ind of inputs.indicators) {
		scoreRows.push([
			textCell(d(String(ind.no)), { center: true }),
			textCell(d(ind.name)),
			textCell(ind.tool, { center: true }),
			textCell(d(score2(ind.score)), { center: true }),
			textCell(ind.score < target ? BELOW_TARGET : MEETS_TARGET, { center: true })
		]);
	}
	const overall = inputs.overall;
	scoreRows.push([
		textCell(d(`คะแนนรวม (ระดับ ${inputs.level || "-"})`), { bold: true, columnSpan: 3 }),
		COVERED,
		COVERED,
		textCell(overall === null ? "-" : d(score2(overall)), { bold: true, center: true }),
		textCell(overall === null ? "" : overall < target ? BELOW_TARGET : MEETS_TARGET, { bold: true, center: true })
	]);
	const scoresTable = {
		kind: "table",
		columnWeights: [11, 38, 11, 12, 28],
		widthShare: 0.72,
		headerRows: 1,
		rows: scoreRows
	};
	const chart = {
		title: d(`คะแนนรายตัวชี้วัด ITA ปี พ.ศ. ${year} เทียบกับคะแนนเป้าหมาย ${target}`),
		bars: inputs.indicators.map((i) => ({ label: d(`${i.no}. ${i.name}`), score: i.score, below: i.score < target })),
		target,
		digitStyle: style,
		font: config.font,
		scoreLabel: "คะแนน",
		targetLabel: d(`คะแนนเป้าหมาย ${targetText}`)
	};
	const below = inputs.indicators.filter((i) => i.score < target).sort((a, b) => a.score - b.score || a.no - b.no);
	const issuesOf = (no) => {
		const seen = new Map();
		for (const r of workbook.measures)
			if (headingIndicator.get(r.heading) === no && !seen.has(r.issueNo)) seen.set(r.issueNo, r.issueTitle);
		return [...seen].sort(([a], [b]) => a - b);
	};
	const analysis = [heading("๒. การวิเคราะห์ผลการประเมิน")];
	const unaddressed = [];
	if (below.length === 0)
		analysis.push(line(`ทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าคะแนนเป้าหมาย (${targetText} คะแนน)`, { spaceAbovePt: 4 }));
	else {
		analysis.push(
			line(
				`ตัวชี้วัดที่ได้คะแนนต่ำกว่าคะแนนเป้าหมาย (${targetText} คะแนน) มี ${below.length} ตัวชี้วัด เรียงจากคะแนนน้อยที่สุด และประเด็นการพัฒนาที่กำหนดเพื่อแก้ไข ดังนี้`,
				{ spaceAbovePt: 4 }
			)
		);
		below.forEach((ind, k) => {
			analysis.push(
				line(
					`(${k + 1}) ตัวชี้วัดที่ ${ind.no} ${ind.name} (${ind.tool}) ได้ ${score2(ind.score)} คะแนน ต่ำกว่าเป้าหมาย ${score2(target - ind.score)} คะแนน`,
					{ bold: true, spaceAbovePt: 4 }
				)
			);
			const issues = issuesOf(ind.no);
			if (issues.length === 0) {
				unaddressed.push(ind.no);
				analysis.push(line(NO_ISSUE_TEXT, { indent: true }));
			}
			for (const [no, title] of issues) analysis.push(line(`ประเด็นการพัฒนาที่ ${no} ${title}`, { indent: true }));
		});
	}
	const met = inputs.indicators.filter((i) => i.score >= target);
	if (met.length > 0 && below.length > 0)
		analysis.push(
			line(`ตัวชี้วัดที่ได้คะแนนตามเป้าหมายแล้ว: ${met.map((i) => `${i.no} ${i.name}`).join(", ")} — รักษามาตรฐานต่อไป`, {
				spaceAbovePt: 4
			})
		);
	let budgetBaht = 0;
	for (const r of workbook.measures) {
		const b = parseBudget(r.budget);
		if (typeof b === "number") budgetBaht += b;
	}
	const overallText = overall === null ? "" : ` ได้คะแนนรวม ${score2(overall)} คะแนน อยู่ในระดับ ${inputs.level} (คะแนนเป้าหมาย ${targetText} คะแนน)`;
	const blocks = [
		{
			kind: "paragraphs",
			paragraphs: [
				heading(`๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${year}`),
				line(`หน่วยงาน${overallText}`, { spaceAbovePt: 4 })
			]
		},
		scoresTable,
		{ kind: "chart", widthPt: CHART_SIZE_PT.width, heightPt: CHART_SIZE_PT.height, chart },
		{
			kind: "paragraphs",
			paragraphs: [
				line(`แผนภูมิ: ${chart.title}`, { align: "CENTER" }),
				...analysis,
				heading(`๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${config.fiscalYear}`)
			]
		},
		measuresTable(workbook, style),
		{
			kind: "paragraphs",
			paragraphs: [
				line(`รวมงบประมาณ ${budgetBaht > 0 ? `${formatBaht(budgetBaht)} บาท` : budgetText("ไม่ใช้งบประมาณ", style)}`, {
					bold: true,
					spaceAbovePt: 6
				}),
				...signatureBlock("ผู้อนุมัติ", config.approver, config.approverPosition, style)
			]
		}
	];
	const measureKeys = new Set(workbook.measures.map((r) => `${r.issueNo}|${r.measureNo || r.measureText}`));
	return {
		title: PLAN_TITLE,
		fiscalYear: config.fiscalYear,
		digitStyle: style,
		font: config.font,
		titleLines,
		blocks,
		chart,
		stats: {
			belowTarget: below.map((i) => i.no),
			unaddressed,
			issues: new Set(workbook.measures.map((r) => r.issueNo)).size,
			measures: measureKeys.size,
			rows: workbook.measures.length,
			budgetBaht
		}
	};
}

function tableWidthsPt(table) {
	const usable = (PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) * table.widthShare;
	const total = table.columnWeights.reduce((a, b) => a + b, 0);
	return table.columnWeights.map((w) => Math.floor(usable * w / total * 100) / 100);
}
function cellText(cell) {
	let text = "";
	const bold = [];
	const links = [];
	const center = Boolean(cell.center || cell.header);
	if (cell.rowSpan === 0) return { text, bold, links, center };
	cell.paragraphs.forEach((p, i) => {
		if (i > 0) text += "\n";
		for (const run of p.runs) {
			if (run.text === "") continue;
			const start = text.length;
			text += run.text;
			if (run.bold) bold.push([start, text.length]);
			if (run.link) links.push({ start, end: text.length, url: run.link });
		}
	});
	return { text, bold, links, center };
}
function tableRequests(table, tableStart, font, added) {
	const columns = table.rows[0].length;
	const requests = [];
	const styles = [];
	let shift = 0;
	table.rows.forEach(
		(row, r) => row.forEach((cell, c) => {
			const content = cellText(cell);
			if (content.text === "") return;
			const { insert, styles: cellStyles } = cellRequests(
				cellParagraphIndex(tableStart, r, c, columns) + shift,
				content
			);
			requests.push(insert);
			styles.push(...cellStyles);
			shift += content.text.length;
		})
	);
	added(shift);
	const tableEnd = tableStart + 1 + table.rows.length * (2 * columns + 1) + 1 + shift;
	const range = { startIndex: tableStart, endIndex: tableEnd };
	requests.push({
		updateTextStyle: {
			range,
			textStyle: {
				weightedFontFamily: { fontFamily: font, weight: 400 },
				fontSize: pt(FONT_SIZE_PT.table),
				bold: false
			},
			fields: "weightedFontFamily,fontSize,bold"
		}
	});
	requests.push({
		updateParagraphStyle: {
			range,
			paragraphStyle: {
				alignment: "START",
				indentStart: pt(0),
				indentFirstLine: pt(0),
				lineSpacing: 100,
				spaceAbove: pt(0),
				spaceBelow: pt(0)
			},
			fields: "alignment,indentStart,indentFirstLine,lineSpacing,spaceAbove,spaceBelow"
		}
	});
	requests.push(...styles);
	const tableStartLocation = { index: tableStart };
	requests.push(...tableGeometryRequests(tableStart, tableWidthsPt(table)));
	if (table.headerRows > 0) {
		requests.push({
			updateTableCellStyle: {
				tableRange: {
					tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
					rowSpan: table.headerRows,
					columnSpan: columns
				},
				tableCellStyle: {
					backgroundColor: { color: { rgbColor: { ...HEADER_BACKGROUND } } },
					contentAlignment: "MIDDLE"
				},
				fields: "backgroundColor,contentAlignment"
			}
		});
	}
	table.rows.forEach(
		(row, r) => row.forEach((cell, c) => {
			if (cell.rowSpan > 1 || cell.columnSpan > 1)
				requests.push({
					mergeTableCells: {
						tableRange: {
							tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: c },
							rowSpan: Math.max(cell.rowSpan, 1),
							columnSpan: Math.max(cell.columnSpan, 1)
						}
					}
				});
		})
	);
	if (table.headerRows > 0)
		requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: table.headerRows } });
	return requests;
}

const CHART_MARKER = "ITACHARTIMAGEPLACEHOLDER";
function buildPlanDocsRequests(doc, options = {}) {
	const font = doc.font || "Sarabun";
	const footerText = options.footerText === void 0 ? doc.title : options.footerText;
	const hasFooter = footerText !== null && footerText !== "";
	const createsFooter = hasFooter && !options.footerExists;
	const requests = [];
	if (createsFooter) requests.push({ createFooter: { type: "DEFAULT" } });
	requests.push(pageStyleRequest());
	let end = EMPTY_BODY_END - 1;
	let lastEmpty = true;
	let characters = 0;
	let tables = 0;
	let tableRows = 0;
	let firstTable = 0;
	let chartMarkers = 0;
	const appendText = (texts) => {
		const text = texts.join("\n");
		const inserted = lastEmpty ? text : `
${text}`;
		if (inserted !== "") requests.push({ insertText: { location: { index: end }, text: insertable(inserted) } });
		const start = lastEmpty ? end : end + 1;
		end += inserted.length;
		characters += inserted.length;
		lastEmpty = texts[texts.length - 1] === "";
		return start;
	};
	const titleStart = appendText(doc.titleLines.map((l) => l.text));
	requests.push(...titleStyles(doc.titleLines, titleStart, font));
	for (const block of doc.blocks) {
		if (block.kind === "paragraphs") {
			if (block.paragraphs.length === 0) continue;
			const start = appendText(block.paragraphs.map((p) => p.text));
			requests.push(...blockStyleRequests(block.paragraphs, start, font, BLOCK_METRICS));
		} else if (block.kind === "chart") {
			const marker = { text: CHART_MARKER, align: "CENTER", spaceAbovePt: 6 };
			const start = appendText([marker.text]);
			requests.push(...blockStyleRequests([marker], start, font, BLOCK_METRICS));
			chartMarkers++;
		} else {
			const tableStart = end + 1;
			requests.push({
				insertTable: { rows: block.rows.length, columns: block.rows[0].length, location: { index: end } }
			});
			const before = characters;
			requests.push(...tableRequests(block, tableStart, font, (n) => characters += n));
			const tableEnd = tableStart + 1 + block.rows.length * (2 * block.rows[0].length + 1) + 1 + (characters - before);
			characters += 1;
			if (tables++ === 0) firstTable = tableStart;
			tableRows += block.rows.length;
			end = tableEnd;
			lastEmpty = true;
		}
	}
	const { batches, bytes } = splitIntoBatches(requests, { ...DEFAULT_BATCH_LIMITS, ...options.limits });
	const footerRequests = (footerId) => hasFooter && footerText !== null ? footerLineRequests(footerId, footerText, font, FONT_SIZE_PT.footer, createsFooter) : [];
	return {
		batches,
		requests,
		hasFooter,
		createsFooter,
		footerRequests,
		chartMarkers,
		stats: {
			batchUpdateCalls: batches.length + (hasFooter ? 1 : 0),
			requests: requests.length + (hasFooter ? 3 : 0),
			bytesPerBatch: bytes,
			tableRows,
			tableStartIndex: firstTable,
			bodyEndIndex: end + 1,
			characters
		}
	};
}
function titleStyles(lines, start, font) {
	const requests = [];
	let at = start;
	lines.forEach((line, i) => {
		const size = titleLineSizePt(line.emphasis);
		if (line.text !== "") {
			const range = { startIndex: at, endIndex: at + line.text.length };
			requests.push({
				updateTextStyle: {
					range,
					textStyle: {
						weightedFontFamily: { fontFamily: font, weight: 400 },
						fontSize: pt(size),
						bold: line.emphasis !== "normal"
					},
					fields: "weightedFontFamily,fontSize,bold"
				}
			});
			requests.push({
				updateParagraphStyle: {
					range,
					paragraphStyle: {
						alignment: "CENTER",
						lineSpacing: 100,
						spaceAbove: pt(0),
						spaceBelow: pt(i === lines.length - 1 ? 10 : 0)
					},
					fields: "alignment,lineSpacing,spaceAbove,spaceBelow"
				}
			});
		}
		at += line.text.length + 1;
	});
	return requests;
}

const COLORS = ["#2f6db5", "#c0392b"];
const SIZE = { width: 720, height: 360 };
function chartBlob(chart) {
	const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, "ตัวชี้วัด").addColumn(Charts.ColumnType.NUMBER, chart.scoreLabel).addColumn(Charts.ColumnType.NUMBER, chart.targetLabel);
	for (const bar of chart.bars) table.addRow([bar.label, bar.score, chart.target]);
	return Charts.newBarChart().setDataTable(table).setTitle(chart.title).setRange(0, 100).setColors(COLORS).setDimensions(SIZE.width, SIZE.height).setLegendPosition(Charts.Position.BOTTOM).setXAxisTitle(chart.scoreLabel).build().getAs("image/png").setName("ita-chart.png");
}
function placeChart(docId, blob, widthPt, heightPt) {
	const doc = DocumentApp.openById(docId);
	const found = doc.getBody().findText(CHART_MARKER);
	if (!found) return false;
	const paragraph = found.getElement().getParent().asParagraph();
	paragraph.clear();
	paragraph.appendInlineImage(blob).setWidth(Math.round(widthPt * 4 / 3)).setHeight(Math.round(heightPt * 4 / 3));
	doc.saveAndClose();
	return true;
}

const SHOWN_FINDINGS = 12;
function generatePlanFromSheet() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const record = new RunRecord( new Date());
	try {
		runPlan(ss, record);
	} catch (e) {
		record.fail(`เกิดข้อผิดพลาดที่ไม่คาดคิด: ${errorMessage(e)}`);
		throw e;
	} finally {
		record.write(ss, spreadsheetTimeZone(ss));
	}
}
function findingLineTh(f) {
	const where = [`ชีต "${f.sheet}"`, f.row ? `แถว ${f.row}` : "", f.header ? `คอลัมน์ ${f.header}` : ""].filter(Boolean).join(" ");
	return `• ${f.severity === "error" ? "ข้อผิดพลาด" : "คำเตือน"} ${where}: ${f.messageTh}`;
}
function runPlan(ss, record) {
	const clock = new ExecutionClock(Date.now());
	const ui = SpreadsheetApp.getUi();
	const refuse = (text, alert = text) => {
		record.fail(text);
		ui.alert("ยังสร้างเอกสารมาตรการไม่ได้", alert, ui.ButtonSet.OK);
	};
	const data = readWorkbookData(ss);
	const scores = ss.getSheetByName(SHEET.lastResult);
	if (scores) data[SHEET.lastResult] = readSheet(scores, "none", "none");
	const result = validatePlanData(data);
	const config = result.workbook.config;
	record.errors = result.errors;
	record.warnings = result.warnings;
	record.rows = result.workbook.measures.length;
	if (config) record.round = applyDigitStyle(`เอกสารมาตรการ ${config.fiscalYear}`, config.digitStyle);
	const listed = result.findings.slice(0, SHOWN_FINDINGS).map(findingLineTh);
	if (result.findings.length > SHOWN_FINDINGS) listed.push(`… และอีก ${result.findings.length - SHOWN_FINDINGS} รายการ`);
	if (result.errors > 0 || !config)
		return refuse(
			`พบข้อผิดพลาด ${result.errors} รายการ`,
			`พบข้อผิดพลาด ${result.errors} รายการ และคำเตือน ${result.warnings} รายการ แก้ไขแล้วสั่งใหม่

${listed.join("\n")}`
		);
	if (typeof Docs === "undefined" || !Docs?.Documents)
		return refuse(
			"ยังไม่ได้เปิดใช้บริการ Google Docs API",
			"สคริปต์ยังไม่ได้เปิดใช้บริการ Google Docs API: ในหน้าแก้ไข Apps Script กด บริการ (+) เลือก Google Docs API แล้วกด เพิ่ม"
		);
	const model = buildPlanModel(result, config);
	const [year, month, day, hour, minute] = Utilities.formatDate( new Date(), spreadsheetTimeZone(ss), "yyyy-M-d-H-m").split("-").map(Number);
	const stamp = generatedStamp({ year, month, day, hour, minute });
	const name = applyDigitStyle(`${model.title} ปีงบประมาณ ${model.fiscalYear} (สร้างเมื่อ ${stamp})`, model.digitStyle);
	const footerText = applyDigitStyle(
		`${model.title} ปีงบประมาณ ${model.fiscalYear} · สร้างเมื่อ ${stamp}`,
		model.digitStyle
	);
	const requests = buildPlanDocsRequests(model, { footerText });
	const chars = requests.stats.characters;
	const tooLarge = chars > DOCS_MAX_CHARACTERS ? tooLongForDocsTh(chars, (n) => applyDigitStyle(n.toLocaleString("en-US"), model.digitStyle), "เอกสารมาตรการ") : !fitsNow(planSegments(requests), clock) && "เอกสารมาตรการนี้ยาวเกินกว่าจะเขียนเสร็จใน ๖ นาทีที่ Apps Script ให้ทำงานได้ต่อครั้ง จึงยังไม่ได้สร้างเอกสาร";
	if (tooLarge) return refuse(tooLarge, `${tooLarge} โปรดใช้โปรแกรมบนเครื่อง (ita-report plan) สร้างเป็นไฟล์ .docx`);
	let blob;
	try {
		blob = withRetry(() => chartBlob(model.chart));
	} catch (e) {
		record.fail(`วาดแผนภูมิไม่ได้: ${errorMessage(e)}`);
		ui.alert(
			"สร้างเอกสารมาตรการไม่สำเร็จ",
			`วาดแผนภูมิคะแนนไม่ได้ (${errorMessage(e)}) ยังไม่ได้สร้างเอกสาร ลองสั่งอีกครั้งในอีกสักครู่`,
			ui.ButtonSet.OK
		);
		return;
	}
	const lock = LockService.getUserLock();
	if (!lock.tryLock(1e3)) return refuse(REPORT_BUSY_TH);
	try {
		writePlan({
			ss,
			documents: Docs.Documents,
			model,
			requests,
			blob,
			name,
			footerText,
			config,
			record,
			warningsListed: listed
		});
	} finally {
		lock.releaseLock();
	}
}
function writePlan(job) {
	const { ss, documents, model, blob, name, footerText, record, warningsListed } = job;
	const { reportFolder: folder, reportTemplate: template, oitCode, shareWithLink: share } = job.config;
	const ui = SpreadsheetApp.getUi();
	const d = (n) => applyDigitStyle(String(n), model.digitStyle);
	const journal = new ReportJournal(PropertiesService.getUserProperties());
	const continuing = continuationInTheWay(Date.now(), true);
	const recovery = journal.recover(Date.now(), continuing?.docId);
	const leftovers = leftoversTh(recovery.discarded, recovery.stuck, d);
	const fail = (text) => {
		record.fail(text);
		ui.alert("สร้างเอกสารมาตรการไม่สำเร็จ", leftovers ? `${text}

${leftovers}` : text, ui.ButtonSet.OK);
	};
	let entry;
	try {
		entry = journal.begin(inProgressName(name, Utilities.getUuid().slice(0, 8)), name, Date.now());
	} catch (e) {
		fail(`บันทึกสถานะการสร้างเอกสารไม่ได้ จึงยังไม่ได้สร้างเอกสาร: ${errorMessage(e)}`);
		return;
	}
	let started;
	try {
		started = startDocument(documents, template, entry, journal);
	} catch (e) {
		if (e instanceof TemplateError && (!e.docId || discardDocument(e.docId, name))) journal.settle(entry);
		fail(e instanceof TemplateError ? e.message : `สร้างเอกสาร Google Doc ไม่ได้: ${errorMessage(e)}
ลองสั่งอีกครั้งในอีกสักครู่`);
		return;
	}
	const { docId, revisionId, footerId } = started;
	try {
		writeBatches(
			footerId ? buildPlanDocsRequests(model, { footerText, footerExists: true }) : job.requests,
			{ revisionId, footerId },
			docsCalls(documents, docId)
		);
		const chart = model.blocks.find((b) => b.kind === "chart");
		if (chart && !withRetry(() => placeChart(docId, blob, chart.widthPt, chart.heightPt)))
			throw new Error("ไม่พบตำแหน่งของแผนภูมิในเอกสาร");
	} catch (e) {
		const trashed = discardDocument(docId, name);
		if (trashed) journal.settle(entry);
		fail(`${stoppedPartWayTh(errorMessage(e), trashed, docId, true)}
ลองสั่งอีกครั้งในอีกสักครู่`);
		return;
	}
	const placement = placeDocument(ss, docId, folder);
	let renamed = true;
	try {
		withRetry(() => DriveApp.getFileById(docId).setName(name));
	} catch {
		renamed = false;
	}
	if (renamed) journal.settle(entry);
	else journal.forget(entry);
	const published = publishReport(docId, name, oitCode, share);
	const notes = [
		placement.note,
		renamed ? void 0 : "เขียนเอกสารครบแล้ว แต่ตั้งชื่อเอกสารไม่ได้ โปรดเปลี่ยนชื่อเอง",
		...published.notes,
		leftovers
	].filter((n) => Boolean(n));
	record.docUrl = docUrl(docId);
	record.pdfUrl = published.pdfUrl ?? "";
	record.succeed(notes);
	const s = model.stats;
	const lines = [
		`Google Doc: ${docUrl(docId)}`,
		published.pdfUrl ? `PDF: ${published.pdfUrl}` : "",
		`ตัวชี้วัดที่ต่ำกว่าเป้าหมาย ${d(s.belowTarget.length)} ตัว · ประเด็น ${d(s.issues)} · มาตรการ ${d(s.measures)} · ${d(s.rows)} แถว`,
		placement.folderName ? `เก็บไว้ในโฟลเดอร์ "${placement.folderName}"` : "",
		...notes,
		...warningsListed.length ? ["", "คำเตือน (ไม่ขัดขวางการสร้างเอกสาร):", ...warningsListed] : []
	].filter((l, i, all) => l !== "" || i > 0 && all[i - 1] !== "");
	ui.alert("สร้างเอกสารมาตรการเสร็จแล้ว", lines.join("\n"), ui.ButtonSet.OK);
}

const verdictOf = (value, [low, high]) => value < low ? "below" : value > high ? "above" : "within";
function costsFromTimings(t) {
	const call = t.callsMs / Math.max(1, t.calls);
	const smallRead = t.smallReadsMs / Math.max(1, t.smallReads);
	const bulkRead = Math.max(0, smallRead - 2 * call);
	const cellRead = Math.max(0, (t.bigReadMs - smallRead) / Math.max(1, t.cells));
	const cellWritten = Math.max(0, (t.writeMs - 2 * call) / Math.max(1, t.cells));
	const measured = [
		["call", call],
		["bulkRead", bulkRead],
		["cellRead", cellRead],
		["cellWritten", cellWritten]
	];
	return measured.map(([key, value]) => ({
		key,
		value,
		unit: COST[key].unit,
		range: COST[key].range,
		verdict: verdictOf(value, COST[key].range)
	}));
}
const VERDICT_TH = {
	within: "อยู่ในช่วงของแบบจำลอง",
	below: "เร็วกว่าช่วงของแบบจำลอง",
	above: "ช้ากว่าช่วงของแบบจำลอง"
};
function describeMeasuredCosts(costs) {
	const figure = (n) => n >= 1 ? n.toFixed(1) : n.toPrecision(2);
	return costs.map(
		(c) => `${c.key}: ${figure(c.value)} ${c.unit} (model ${c.range[0]}–${c.range[1]}) — ${VERDICT_TH[c.verdict]}`
	);
}

const PROBE_SHEET = "_ita_cost_probe";
const ROWS = 2e3;
const COLUMNS = 10;
const CALLS = 40;
const SMALL_READS = 20;
function measureServiceCosts$1() {
	const ss = SpreadsheetApp.getActiveSpreadsheet();
	const leftover = ss.getSheetByName(PROBE_SHEET);
	if (leftover) ss.deleteSheet(leftover);
	const sheet = ss.insertSheet(PROBE_SHEET);
	try {
		sheet.hideSheet();
		const timings = timeCalls(sheet);
		const lines = describeMeasuredCosts(costsFromTimings(timings));
		for (const l of lines) console.log(`measureServiceCosts: ${l}`);
		notify(
			ss,
			"วัดเวลาเรียกบริการของ Google",
			`ผลการวัดบนสเปรดชีตนี้ (เทียบกับแบบจำลองใน src/core/cost-model.ts):
${lines.join("\n")}`
		);
		return lines;
	} finally {
		ss.deleteSheet(sheet);
	}
}
function timeCalls(sheet) {
	if (sheet.getMaxRows() < ROWS) sheet.insertRowsAfter(sheet.getMaxRows(), ROWS - sheet.getMaxRows());
	if (sheet.getMaxColumns() < COLUMNS) sheet.insertColumnsAfter(sheet.getMaxColumns(), COLUMNS - sheet.getMaxColumns());
	const values = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLUMNS }, (_2, c) => `r${r}c${c}`));
	const time = (fn) => {
		const t0 = Date.now();
		fn();
		return Date.now() - t0;
	};
	const writeMs = time(() => {
		sheet.getRange(1, 1, ROWS, COLUMNS).setValues(values);
		SpreadsheetApp.flush();
	});
	const callsMs = time(() => {
		for (let i = 0; i < CALLS; i++) {
			if (i % 2 === 0) sheet.getLastRow();
			else sheet.getMaxColumns();
		}
	});
	const smallReadsMs = time(() => {
		for (let i = 0; i < SMALL_READS; i++) sheet.getRange(1 + i * 97, 1 + i % COLUMNS, 1, 1).getValues();
	});
	const bigReadMs = time(() => sheet.getRange(1, 1, ROWS, COLUMNS).getValues());
	return {
		calls: CALLS,
		callsMs,
		smallReads: SMALL_READS,
		smallReadsMs,
		cells: ROWS * COLUMNS,
		bigReadMs,
		writeMs
	};
}

function onOpen(e) {
	buildMenu();
}
function onEdit(e) {
	handleEdit(e);
}
function onFormSubmit(e) {
	handleFormSubmit(e);
}
function setupWorkbook() {
	setUpWorkbook();
}
function fillExampleData() {
	fillSeedExample();
}
function validateWorkbook() {
	validateAndMark();
}
function generateReport() {
	generateReportFromSheet();
}
function syncForms() {
	syncProgressForm();
}
function reconcileResponses() {
	reconcileAllResponses(refreshProgressQuietly);
}
function showHelpDialog() {
	showHelp();
}
function checkEvidenceLinks() {
	checkEvidenceLinksFromSheet();
}
function continueReport(e) {
	continueReportFromTrigger(e);
}
function refreshProgress() {
	refreshProgressFromMenu();
}
function sendReminders() {
	sendRemindersFromMenu();
}
function sendRemindersWeekly() {
	sendRemindersWeeklyRun();
}
function generatePlan() {
	generatePlanFromSheet();
}
function measureServiceCosts() {
	return measureServiceCosts$1();
}

exports.checkEvidenceLinks = checkEvidenceLinks;
exports.continueReport = continueReport;
exports.fillExampleData = fillExampleData;
exports.generatePlan = generatePlan;
exports.generateReport = generateReport;
exports.measureServiceCosts = measureServiceCosts;
exports.onEdit = onEdit;
exports.onFormSubmit = onFormSubmit;
exports.onOpen = onOpen;
exports.reconcileResponses = reconcileResponses;
exports.refreshProgress = refreshProgress;
exports.sendReminders = sendReminders;
exports.sendRemindersWeekly = sendRemindersWeekly;
exports.setupWorkbook = setupWorkbook;
exports.showHelpDialog = showHelpDialog;
exports.syncForms = syncForms;
exports.validateWorkbook = validateWorkbook;

return exports;

})({});

function checkEvidenceLinks() {
	return __ita.checkEvidenceLinks.apply(this, arguments);
}
function continueReport() {
	return __ita.continueReport.apply(this, arguments);
}
function fillExampleData() {
	return __ita.fillExampleData.apply(this, arguments);
}
function generatePlan() {
	return __ita.generatePlan.apply(this, arguments);
}
function generateReport() {
	return __ita.generateReport.apply(this, arguments);
}
function measureServiceCosts() {
	return __ita.measureServiceCosts.apply(this, arguments);
}
function onEdit() {
	return __ita.onEdit.apply(this, arguments);
}
function onFormSubmit() {
	return __ita.onFormSubmit.apply(this, arguments);
}
function onOpen() {
	return __ita.onOpen.apply(this, arguments);
}
function reconcileResponses() {
	return __ita.reconcileResponses.apply(this, arguments);
}
function refreshProgress() {
	return __ita.refreshProgress.apply(this, arguments);
}
function sendReminders() {
	return __ita.sendReminders.apply(this, arguments);
}
function sendRemindersWeekly() {
	return __ita.sendRemindersWeekly.apply(this, arguments);
}
function setupWorkbook() {
	return __ita.setupWorkbook.apply(this, arguments);
}
function showHelpDialog() {
	return __ita.showHelpDialog.apply(this, arguments);
}
function syncForms() {
	return __ita.syncForms.apply(this, arguments);
}
function validateWorkbook() {
	return __ita.validateWorkbook.apply(this, arguments);
}
