/** `ita-report --help`: every command and option, in Thai with the English option names. */
export const HELP = `ita-report — รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส (ITA)
อ่านสมุดงาน (.xlsx ที่ดาวน์โหลดจาก Google Sheets) ตรวจสอบข้อมูล แล้วสร้างรายงาน Word (.docx)

วิธีใช้ (usage):
  ita-report validate <สมุดงาน.xlsx>
  ita-report build <สมุดงาน.xlsx> -o <รายงาน.docx> [--pdf] [--round 6|12] [--font <ชื่อแบบอักษร>]
  ita-report build --spreadsheet <รหัสสเปรดชีต> [-o <รายงาน.docx>] [--google-doc] [--key-file <ไฟล์คีย์.json>]
  ita-report plan <สมุดงาน.xlsx> -o <เอกสารมาตรการ.docx> [--pdf] [--font <ชื่อแบบอักษร>]
  ita-report links <สมุดงาน.xlsx | --spreadsheet <รหัสสเปรดชีต>> [--cache <ไฟล์.json>] [--timeout <มิลลิวินาที>]
  ita-report status <สมุดงาน.xlsx | --spreadsheet <รหัสสเปรดชีต>> [--json] [--round 6|12]

คำสั่ง (commands):
  validate   ตรวจสอบข้อมูลทุกชีต แล้วแสดงผลการตรวจสอบ (ระดับ ชีต แถว คอลัมน์ รายละเอียด)
             เหมือนชีต "ผลการตรวจสอบ"; จบด้วยรหัส 1 เมื่อพบข้อผิดพลาด
  build      ตรวจสอบข้อมูลแล้วสร้างรายงาน: A4 แนวนอน หัวตารางซ้ำทุกหน้า เลขหน้าที่ท้ายกระดาษ
             ไม่สร้างรายงานเมื่อพบข้อผิดพลาด (คำเตือนแสดงไว้แต่ไม่ขัดขวาง)
  plan       สร้างเอกสารมาตรการ (การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร) ต้นปีงบประมาณ: ตารางและแผนภูมิคะแนน
             ITA ปีก่อนจากชีต "ผลการประเมินปีก่อน" การวิเคราะห์ตัวชี้วัดที่ต่ำกว่าเป้าหมาย และตารางมาตรการ
             พร้อมระยะเวลาดำเนินการและงบประมาณ
  links      ตรวจลิงก์หลักฐานและลิงก์ในผลการดำเนินงาน/คำตอบแบบฟอร์มทุกลิงก์ (ลิงก์ละครั้ง): ไฟล์ Google Drive
             ต้องแชร์แบบ "ทุกคนที่มีลิงก์" (ตรวจด้วย Drive API เมื่อมีบัญชี Google) ลิงก์อื่นต้องเปิดได้
             (HEAD แล้ว GET ตามการเปลี่ยนเส้นทางไม่เกิน ๕ ครั้ง); จบด้วยรหัส 1 เมื่อมีลิงก์ที่ผู้ประเมินเปิดไม่ได้
  status     ความคืบหน้าการรายงานผลของรอบ รายหน่วยงาน: แถวที่ต้องรายงาน รายงานแล้ว ยังไม่รายงาน (รหัสแถวและชื่อ)
             และเวลาที่ตอบแบบฟอร์มล่าสุด แล้วรายตัวชี้วัดตามสถานะ เหมือนชีต "สรุปความคืบหน้า"

ตัวเลือก (options):
  -o, --output <ไฟล์.docx>   ที่เก็บรายงาน Word; สร้างโฟลเดอร์ให้ถ้ายังไม่มี
                             เขียนไฟล์ชั่วคราวก่อนแล้วจึงย้ายมาแทน จึงไม่มีไฟล์ครึ่ง ๆ กลาง ๆ เมื่อเกิดปัญหา
  --pdf                      เขียนไฟล์ PDF (สำหรับเผยแพร่บนเว็บไซต์) ข้างไฟล์ .docx ชื่อเดียวกัน ด้วย LibreOffice
                             (ต้องติดตั้งก่อน เช่น sudo apt-get install libreoffice-writer-nogui fonts-thai-tlwg)
  --round <6|12>             รอบรายงาน ๖ หรือ ๑๒ เดือน แทนค่า "รอบรายงาน" ในชีต "ตั้งค่า"
  --font <ชื่อ>              แบบอักษรของรายงาน .docx แทนค่า "แบบอักษร" ในชีต "ตั้งค่า" (เช่น "TH Sarabun New")
                             Sarabun (ค่าตั้งต้น) ฝังอยู่ในไฟล์ จึงแสดงได้ทุกเครื่อง แบบอักษรอื่นต้องมีในเครื่องที่เปิด
  --spreadsheet <รหัส>       อ่านจาก Google Sheet โดยตรง (รหัสคือส่วนของลิงก์ระหว่าง /d/ กับ /edit)
                             หรือวางลิงก์ทั้งลิงก์ก็ได้ แทนการอ่านไฟล์ .xlsx
  --google-doc               สร้างรายงานเป็น Google Doc ด้วย (หรือแทน -o) แล้วแสดงลิงก์
  --key-file <ไฟล์.json>     คีย์บัญชีบริการ (service account) สำหรับ --spreadsheet และ --google-doc;
                             ถ้าไม่ระบุ ใช้ Application Default Credentials
                             (GOOGLE_APPLICATION_CREDENTIALS หรือ gcloud auth application-default login)
  --cache <ไฟล์.json>         (links) ผลการตรวจครั้งก่อน: ลิงก์ที่ตรวจไม่เกิน ๒๔ ชั่วโมงไม่ตรวจซ้ำ
                             (ค่าตั้งต้น: <สมุดงาน>.links.json หรือ ita-links-<รหัสสเปรดชีต>.json)
  --timeout <มิลลิวินาที>      (links) เวลารอคำตอบของแต่ละคำขอ (ค่าตั้งต้น 10000)
  --json                     (status) แสดงผลเป็น JSON สำหรับโปรแกรมอื่น
  -h, --help                 แสดงวิธีใช้นี้
  -v, --version              แสดงรุ่นของโปรแกรม

ผลลัพธ์ (output):
  ผลและสรุปออกทาง stdout; ความคืบหน้าและปัญหาออกทาง stderr
  รหัสจบ (exit code): 0 สำเร็จ · 1 ข้อมูลมีข้อผิดพลาด · 2 ใช้คำสั่งผิด อ่านหรือเขียนไฟล์ไม่ได้ หรือเรียก Google ไม่สำเร็จ · 3 ข้อผิดพลาดของโปรแกรม (โปรดแจ้งผู้พัฒนา)

ตัวอย่าง (examples):
  ita-report validate examples/seed-2567.xlsx
  ita-report build examples/seed-2567.xlsx -o out/report.docx
  ita-report build examples/seed-2567-6.xlsx -o out/report-6.docx      (ตัวอย่างรอบ ๖ เดือน)
  ita-report links examples/seed-2567.xlsx
  ita-report status examples/seed-2567.xlsx --json
  ita-report build examples/seed-2567.xlsx -o out/report.docx --pdf
  ita-report plan examples/seed-2567.xlsx -o out/plan.docx
`;
