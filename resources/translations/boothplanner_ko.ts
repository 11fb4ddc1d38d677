<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AreaKind</name>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="17"/>
        <source>Stage</source>
        <translation>무대</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="17"/>
        <source>Registration</source>
        <translation>등록 데스크</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="18"/>
        <source>Lounge</source>
        <translation>라운지</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="18"/>
        <source>Catering</source>
        <translation>케이터링</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="19"/>
        <source>Storage</source>
        <translation>창고</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="19"/>
        <source>Standing room</source>
        <translation>입석 구역</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="20"/>
        <source>No-build zone</source>
        <translation>설치 금지 구역</translation>
    </message>
</context>
<context>
    <name>BoothType</name>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="49"/>
        <source>In-line (one side open)</source>
        <translation>인라인 (한 면 개방)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="49"/>
        <source>Corner (two sides open)</source>
        <translation>코너 (두 면 개방)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="50"/>
        <source>Peninsula (three sides open)</source>
        <translation>반도형 (세 면 개방)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="50"/>
        <source>Island (four sides open)</source>
        <translation>독립형 (네 면 개방)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="51"/>
        <source>Enclosed (no side on an aisle)</source>
        <translation>막힘 (통로에 면한 쪽 없음)</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../boothplanner/ui/tools/partition.py" line="38"/>
        <source>Movable wall</source>
        <translation>가변벽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/tools/partition.py" line="69"/>
        <source>A movable wall must stand inside the room.</source>
        <translation>가변벽은 방 안에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/tools/place.py" line="122"/>
        <source>An outline needs three or more corners and must not cross itself.</source>
        <translation>외곽선은 꼭짓점이 세 개 이상이어야 하며 서로 교차하면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/tools/place.py" line="131"/>
        <source>Movable walls outside the new outline were removed: %1</source>
        <translation>새 외곽선 밖에 놓인 가변벽을 없앴습니다: %1</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/tools/place.py" line="154"/>
        <source>Door</source>
        <translation>출입문</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/tools/select.py" line="187"/>
        <source>The outline would cross itself; the corner was put back.</source>
        <translation>외곽선이 스스로 교차하게 되어 꼭짓점을 되돌렸습니다.</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <location filename="../../boothplanner/ui/docks/capacity.py" line="22"/>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="25"/>
        <source>Seats</source>
        <translation>좌석 수</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/capacity.py" line="23"/>
        <source>Occupant load</source>
        <translation>재실 인원</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/capacity.py" line="24"/>
        <source>Exits (provided / required)</source>
        <translation>비상구 (확보 / 필요)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/capacity.py" line="25"/>
        <source>Egress width (provided / required)</source>
        <translation>피난 폭 (확보 / 필요)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/capacity.py" line="26"/>
        <source>Expected attendance</source>
        <translation>예상 참석자</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/capacity.py" line="27"/>
        <source>Standing shortfall</source>
        <translation>입석 인원 (좌석 부족)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/capacity.py" line="34"/>
        <source>Wheelchair spaces (placed / required)</source>
        <translation>휠체어석 (배치 / 필요)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/docks/capacity.py" line="48"/>
        <source>floor holds %n</source>
        <translation>
            <numerusform>입석 가능 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="25"/>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="26"/>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="26"/>
        <source>Standing</source>
        <translation>입석</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="32"/>
        <source>Add session…</source>
        <translation>세션 추가…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="33"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="34"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="92"/>
        <source>the free floor holds them</source>
        <translation>빈 바닥에 모두 설 수 있음</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/sessions.py" line="93"/>
        <source>the free floor does not hold them</source>
        <translation>빈 바닥이 부족함</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/docks/checks.py" line="30"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>오류 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/docks/checks.py" line="31"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>경고 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/checks.py" line="49"/>
        <source>No problems found</source>
        <translation>문제가 없습니다</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../boothplanner/ui/edit_ops.py" line="102"/>
        <source>The clipboard holds nothing that can be pasted.</source>
        <translation>클립보드에 붙여넣을 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Exhibitors</name>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="40"/>
        <source>Exhibitor</source>
        <translation>참가업체</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="45"/>
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="46"/>
        <source>Name (Korean)</source>
        <translation>이름 (한글)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="47"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="50"/>
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="50"/>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="51"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="51"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="66"/>
        <source>Search exhibitors</source>
        <translation>참가업체 검색</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="70"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="71"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="72"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="150"/>
        <source>Remove exhibitor</source>
        <translation>참가업체 제거</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/exhibitors.py" line="151"/>
        <source>Remove %1 and clear it from its booths?</source>
        <translation>%1을(를) 제거하고 배정된 부스에서도 해제할까요?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="40"/>
        <location filename="../../boothplanner/ui/exports.py" line="47"/>
        <source>Export plan PDF</source>
        <translation>도면 PDF 내보내기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="48"/>
        <source>Whichever fits best</source>
        <translation>가장 잘 맞는 방향</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="48"/>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="49"/>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="53"/>
        <source>Largest standard scale that fits</source>
        <translation>들어가는 가장 큰 표준 축척</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="54"/>
        <source>Fill the paper</source>
        <translation>용지에 맞춤</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="57"/>
        <source>One sheet</source>
        <translation>한 장</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="57"/>
        <source>Tiled on A4 pages</source>
        <translation>A4 여러 장으로 분할</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="58"/>
        <source>Tiled on A3 pages</source>
        <translation>A3 여러 장으로 분할</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="61"/>
        <source>Booth status</source>
        <translation>부스 상태</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="62"/>
        <source>Exhibitor category</source>
        <translation>참가사 분야</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="67"/>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="68"/>
        <source>Orientation</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="69"/>
        <source>Scale</source>
        <translation>축척</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="70"/>
        <source>Printing</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="71"/>
        <source>Colour booths by</source>
        <translation>부스 색 기준</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="72"/>
        <source>Revision</source>
        <translation>개정 번호</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="73"/>
        <source>Revision date</source>
        <translation>개정일</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="74"/>
        <source>Prepared by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/export_dialog.py" line="79"/>
        <source>Preview…</source>
        <translation>미리 보기…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exports.py" line="20"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exports.py" line="62"/>
        <source>Folder for the exhibitor maps</source>
        <translation>참가사 배치도를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exports.py" line="65"/>
        <source>Export exhibitor maps</source>
        <translation>참가사 배치도 내보내기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exports.py" line="77"/>
        <source>Exported %1</source>
        <translation>%1 내보냄</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exports.py" line="78"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exports.py" line="104"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exports.py" line="105"/>
        <source>Nothing was written.</source>
        <translation>아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="20"/>
        <source>Import exhibitors</source>
        <translation>참가사 가져오기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="21"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="30"/>
        <source>Nothing imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="31"/>
        <source>The list has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>목록에 문제가 %n건 있어 아무것도 가져오지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="37"/>
        <source>The list changes nothing: every exhibitor is already here.</source>
        <translation>바뀌는 내용이 없습니다: 모든 참가사가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="47"/>
        <source>Export booth schedule</source>
        <translation>부스 배정표 내보내기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="48"/>
        <source>CSV for Excel (*.csv);;PDF (*.pdf)</source>
        <translation>엑셀용 CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="55"/>
        <location filename="../../boothplanner/ui/files.py" line="123"/>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="56"/>
        <location filename="../../boothplanner/ui/files.py" line="124"/>
        <source>%1 could not be saved: %2. The previous version is unchanged.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2. 이전 버전은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/exhibitor_files.py" line="59"/>
        <location filename="../../boothplanner/ui/files.py" line="130"/>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="59"/>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="60"/>
        <source>Save changes to %1 before closing it?</source>
        <translation>닫기 전에 %1의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="71"/>
        <source>Cannot open file</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="72"/>
        <source>This file cannot be opened. Nothing you had open was changed.</source>
        <translation>이 파일을 열 수 없습니다. 열려 있던 배치도는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="90"/>
        <source>Open layout</source>
        <translation>배치도 열기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="112"/>
        <source>Save layout as</source>
        <translation>다른 이름으로 배치도 저장</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="160"/>
        <source>Autosave failed; save your work.</source>
        <translation>자동 저장에 실패했습니다. 작업 내용을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="172"/>
        <source>Restore unsaved work?</source>
        <translation>저장하지 않은 작업을 복구할까요?</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/files.py" line="173"/>
        <source>Boothplanner did not close normally. Restore the layout autosaved before it stopped?</source>
        <translation>Boothplanner가 정상적으로 종료되지 않았습니다. 종료 전에 자동 저장된 배치도를 복구할까요?</translation>
    </message>
</context>
<context>
    <name>Fill</name>
    <message>
        <location filename="../../boothplanner/ui/fill.py" line="36"/>
        <source>Drag a rectangle over the floor to fill (Esc cancels).</source>
        <translation>채울 바닥 위에 사각형을 끌어 그리세요 (Esc: 취소).</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill.py" line="52"/>
        <source>Nothing fits in that zone.</source>
        <translation>그 구역에는 아무것도 들어가지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="34"/>
        <source>Replace the %n items inside the zone</source>
        <translation>
            <numerusform>구역 안의 항목 %n개를 바꾸기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="35"/>
        <source>Booths, seating and areas (not the stage) lying wholly inside the zone are removed in the same step; sessions seated there move to the new seating.</source>
        <translation>구역 안에 완전히 들어 있는 부스, 좌석, 구역(무대 제외)을 같은 단계에서 없애고, 그 좌석을 쓰던 세션은 새 좌석으로 옮깁니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="63"/>
        <source>Fill with booths</source>
        <translation>부스로 채우기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="74"/>
        <source>Serpentine (every other row backwards)</source>
        <translation>지그재그 (한 줄씩 거꾸로)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="75"/>
        <source>Odd numbers on one side of an aisle, even on the other</source>
        <translation>통로 한쪽은 홀수, 맞은편은 짝수</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="76"/>
        <source>Each row starts at the next hundred</source>
        <translation>줄마다 다음 백 단위로 시작</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="77"/>
        <source>Booths</source>
        <translation>부스 수</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="78"/>
        <source>Width</source>
        <translation>폭</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="79"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="80"/>
        <source>Number prefix</source>
        <translation>번호 접두어</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="81"/>
        <source>First number</source>
        <translation>시작 번호</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="103"/>
        <source>%1 of %2 booths fit.</source>
        <translation>부스 %2개 중 %1개가 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="105"/>
        <source>The exits&apos; width limits the number.</source>
        <translation>비상구 폭 때문에 수가 제한됩니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="119"/>
        <source>Fill with seating</source>
        <translation>좌석으로 채우기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="122"/>
        <source>Top of the zone</source>
        <translation>구역 위쪽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="122"/>
        <source>Bottom of the zone</source>
        <translation>구역 아래쪽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="123"/>
        <source>Left of the zone</source>
        <translation>구역 왼쪽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="123"/>
        <source>Right of the zone</source>
        <translation>구역 오른쪽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="136"/>
        <source>as many as fit</source>
        <translation>들어가는 만큼</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="137"/>
        <source>Style</source>
        <translation>배치 방식</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="138"/>
        <source>Stage is at the</source>
        <translation>무대 위치</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="139"/>
        <source>Seat width</source>
        <translation>좌석 폭</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="140"/>
        <source>Row pitch</source>
        <translation>열 간격</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="141"/>
        <source>Clear space before the stage</source>
        <translation>무대 앞 여유 공간</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="142"/>
        <source>At most</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/fill_dialogs.py" line="183"/>
        <source>%1 seats fit, within the aisle, row and exit rules.</source>
        <translation>통로·열·비상구 규정 안에서 좌석 %1석이 들어갑니다.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="23"/>
        <source>Aisle between %1 and %2 is %3 m; minimum %4 m</source>
        <translation>%1과(와) %2 사이 통로 폭이 %3 m입니다. 최소 %4 m 필요</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="25"/>
        <source>%1 overlaps %2 (%3 m²)</source>
        <translation>%1이(가) %2와(과) 겹칩니다 (%3 m²)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="27"/>
        <source>%1 stands on %2</source>
        <translation>%1이(가) %2 위에 있습니다</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="29"/>
        <source>%1 is outside the venue</source>
        <translation>%1이(가) 행사장 밖에 있습니다</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="31"/>
        <source>%1 is %2 m from exit %3; keep %4 m clear</source>
        <translation>%1이(가) 비상구 %3에서 %2 m 떨어져 있습니다. %4 m를 비워 두세요</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="33"/>
        <source>%1 is %2 m from fire equipment %3; keep %4 m clear</source>
        <translation>%1이(가) 소방 설비 %3에서 %2 m 떨어져 있습니다. %4 m를 비워 두세요</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="35"/>
        <source>%1 booths share one number</source>
        <translation>부스 %1개의 번호가 같습니다</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="37"/>
        <source>%1 exits; the occupant load needs %2</source>
        <translation>비상구 %1개, 재실 인원 기준 %2개 필요</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="39"/>
        <source>Exit width %1 m; the occupant load needs %2 m</source>
        <translation>비상구 폭 %1 m, 재실 인원 기준 %2 m 필요</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="41"/>
        <source>%1 expected for %2 seats: %3 will stand</source>
        <translation>예상 참석자 %1명, 좌석 %2석: %3명 입석</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="46"/>
        <source>%1: %2 expected for %3 seats; %4 will stand</source>
        <translation>%1: 예상 %2명, 좌석 %3석, %4명 입석</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="52"/>
        <source>%1 and %2 overlap in time and need the same seats or room</source>
        <translation>%1와(과) %2의 시간이 겹치는데 같은 좌석이나 룸을 써야 합니다</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="54"/>
        <source>%1 has %2 seats in a row between aisles; at most %3</source>
        <translation>%1: 통로 사이 한 열에 %2석; 최대 %3석</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="56"/>
        <source>%1 leaves %2 mm between rows; at least %3 mm</source>
        <translation>%1: 열 사이 간격 %2 mm; 최소 %3 mm</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="59"/>
        <source>%1 wheelchair spaces; the seats need %2</source>
        <translation>휠체어석 %1석; 좌석 수에 따라 %2석 필요</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="61"/>
        <source>The exits farthest apart are %1 m apart; at least %2 m needed</source>
        <translation>가장 먼 두 비상구 사이 %1 m; 최소 %2 m 필요</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="63"/>
        <source>%1 stands across a closed movable wall</source>
        <translation>%1이(가) 닫힌 가변벽에 걸쳐 있음</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="65"/>
        <source>The farthest point is a %1 m walk from an exit; at most %2 m</source>
        <translation>가장 먼 지점에서 비상구까지 보행 거리 %1 m; 최대 %2 m</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="67"/>
        <source>Some floor has no walking route to an exit</source>
        <translation>비상구까지 걸어갈 경로가 없는 바닥이 있음</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="78"/>
        <source>the wall</source>
        <translation>벽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="82"/>
        <source>booth %1</source>
        <translation>부스 %1</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="84"/>
        <source>seating block %1</source>
        <translation>좌석 블록 %1</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="90"/>
        <source>movable wall %1</source>
        <translation>가변벽 %1</translation>
    </message>
</context>
<context>
    <name>FireKind</name>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="26"/>
        <source>Hose cabinet</source>
        <translation>소화전함</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="26"/>
        <source>Extinguisher</source>
        <translation>소화기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="27"/>
        <source>Pull station</source>
        <translation>발신기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="27"/>
        <source>Hydrant</source>
        <translation>옥외소화전</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="28"/>
        <source>Alarm</source>
        <translation>경보기</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="57"/>
        <source>Nothing selected. Click an item on the plan.</source>
        <translation>선택된 항목이 없습니다. 도면에서 항목을 클릭하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/docks/inspector.py" line="69"/>
        <source>%n items selected</source>
        <translation>
            <numerusform>항목 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="81"/>
        <source>Centre x</source>
        <translation>중심 X</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="82"/>
        <source>Centre y</source>
        <translation>중심 Y</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="100"/>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/docks/inspector.py" line="104"/>
        <source>%n booths selected</source>
        <translation>
            <numerusform>부스 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="106"/>
        <source>Width</source>
        <translation>폭</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="107"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="111"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="117"/>
        <source>Exhibitor</source>
        <translation>참가업체</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="118"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="126"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="128"/>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="198"/>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="222"/>
        <source>Floor area</source>
        <translation>면적</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="133"/>
        <source>Booth type</source>
        <translation>부스 유형</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="144"/>
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="169"/>
        <source>Style</source>
        <translation>배치 방식</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="176"/>
        <source>Rows</source>
        <translation>열 수</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="177"/>
        <source>Seats per row</source>
        <translation>열당 좌석 수</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="178"/>
        <source>Seat width</source>
        <translation>좌석 폭</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="180"/>
        <source>Row pitch</source>
        <translation>열 간격</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="182"/>
        <source>Aisle every</source>
        <translation>통로 간격(좌석 수)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="182"/>
        <source>no inner aisles</source>
        <translation>내부 통로 없음</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="185"/>
        <source>Wheelchair spaces</source>
        <translation>휠체어석</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/docks/inspector.py" line="186"/>
        <source>Room for %n wheelchair spaces in this block</source>
        <translation>
            <numerusform>이 블록에는 휠체어석을 %n개까지 둘 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="187"/>
        <source>Seats</source>
        <translation>좌석 수</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="190"/>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="257"/>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="263"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="195"/>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="240"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="203"/>
        <source>Closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="203"/>
        <source>The wall is pulled across</source>
        <translation>가변벽을 펼쳐 공간을 나눔</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="207"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="212"/>
        <source>Room outline: drag a corner handle to move it (Alt: off the grid).</source>
        <translation>행사장 외곽선: 꼭짓점 핸들을 끌어 옮깁니다 (Alt: 격자 무시).</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="213"/>
        <source>Venue name</source>
        <translation>행사장 이름</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="221"/>
        <source>Corners</source>
        <translation>꼭짓점 수</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="223"/>
        <source>North</source>
        <translation>북쪽 방향</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="225"/>
        <source>Where north lies on the plan, clockwise from up the page; the plan&apos;s north arrow and the exhibitor maps follow it.</source>
        <translation>도면에서 북쪽이 향하는 방향(종이 위쪽에서 시계 방향 각도)입니다. 도면의 방위 표시와 참가업체 안내도가 이를 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="242"/>
        <source>Clear width</source>
        <translation>유효 폭</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="250"/>
        <source>Entrance</source>
        <translation>출입구</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="251"/>
        <source>Visitors come in here</source>
        <translation>관람객이 이 문으로 입장</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/inspector.py" line="252"/>
        <source>Clear for an emergency exit or a service door: it still counts as an exit, but exhibitor maps do not send visitors there.</source>
        <translation>비상구나 서비스 출입문이면 해제하세요. 피난 출구로는 계속 계산되지만, 출품사 안내도는 관람객을 이 문으로 안내하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="24"/>
        <source>No exhibitor</source>
        <translation>참가사 없음</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="29"/>
        <source>Exit and its clear zone</source>
        <translation>비상구와 확보 구역</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="30"/>
        <source>Entrance for visitors</source>
        <translation>관람객 입구</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="31"/>
        <source>Fire equipment</source>
        <translation>소방 설비</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="32"/>
        <source>Column or obstacle</source>
        <translation>기둥·장애물</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="33"/>
        <source>Breaks a rule</source>
        <translation>규정 위반</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="44"/>
        <source>Booths by status</source>
        <translation>부스 상태</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/canvas/legend.py" line="44"/>
        <source>Booths by category</source>
        <translation>부스 분야</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="79"/>
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="80"/>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="81"/>
        <source>Exhibitors</source>
        <translation>참가업체</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="82"/>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="83"/>
        <source>Capacity</source>
        <translation>수용 인원</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="84"/>
        <source>Checks</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="159"/>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/main_window.py" line="160"/>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="37"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="38"/>
        <source>&amp;New empty room</source>
        <translation>빈 공간에서 새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="39"/>
        <source>New from the &amp;AI SEOUL 2025 layout</source>
        <translation>AI SEOUL 2025 배치도로 새로 만들기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="40"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="41"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="44"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="45"/>
        <source>Save &amp;as…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="47"/>
        <source>&amp;Export plan PDF…</source>
        <translation>도면 PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="48"/>
        <source>Export exhibitor &amp;maps…</source>
        <translation>참가사 배치도 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="49"/>
        <source>Export exhibitor maps, one &amp;file each…</source>
        <translation>참가사 배치도를 각각 파일로 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="52"/>
        <source>&amp;Import exhibitors…</source>
        <translation>참가사 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="53"/>
        <source>Export booth &amp;schedule…</source>
        <translation>부스 배정표 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="55"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="57"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="58"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="59"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="61"/>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="63"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="64"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="65"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="67"/>
        <source>Select &amp;all</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="68"/>
        <source>&amp;Rotate 90°</source>
        <translation>90° 회전(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="69"/>
        <source>A&amp;lign</source>
        <translation>정렬(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="70"/>
        <source>Left edges</source>
        <translation>왼쪽 가장자리</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="70"/>
        <source>Right edges</source>
        <translation>오른쪽 가장자리</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="71"/>
        <source>Top edges</source>
        <translation>위쪽 가장자리</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="71"/>
        <source>Bottom edges</source>
        <translation>아래쪽 가장자리</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="72"/>
        <source>Centres horizontally</source>
        <translation>가로 중앙</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="72"/>
        <source>Centres vertically</source>
        <translation>세로 중앙</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="74"/>
        <source>Dis&amp;tribute</source>
        <translation>분배(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="75"/>
        <source>Horizontally</source>
        <translation>가로로</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="76"/>
        <source>Vertically</source>
        <translation>세로로</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="79"/>
        <source>Nudge</source>
        <translation>미세 이동</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="80"/>
        <source>Nudge 1 m</source>
        <translation>1 m 이동</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="83"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="84"/>
        <source>Fill with &amp;booths…</source>
        <translation>부스로 채우기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="85"/>
        <source>Fill with &amp;seating…</source>
        <translation>좌석으로 채우기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="87"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="88"/>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="89"/>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="90"/>
        <source>&amp;Fit venue</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="91"/>
        <source>Zoom to &amp;selection</source>
        <translation>선택 항목 확대(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="93"/>
        <source>Show &amp;grid</source>
        <translation>격자 표시(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="94"/>
        <source>S&amp;nap to grid and edges</source>
        <translation>격자 및 가장자리에 스냅(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="95"/>
        <source>&amp;Colour booths by</source>
        <translation>부스 색상 기준(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="97"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="97"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="102"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="113"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="114"/>
        <source>&amp;About Boothplanner</source>
        <translation>Boothplanner 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="115"/>
        <source>About Boothplanner</source>
        <translation>Boothplanner 정보</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/menus.py" line="116"/>
        <source>Boothplanner %1
To-scale floor plans for exhibitions and conferences.</source>
        <translation>Boothplanner %1
전시회와 컨퍼런스를 위한 축척 평면도 작성 도구.</translation>
    </message>
</context>
<context>
    <name>ObstacleKind</name>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="34"/>
        <source>Column</source>
        <translation>기둥</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="34"/>
        <source>Wall</source>
        <translation>벽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="35"/>
        <source>Structure</source>
        <translation>구조물</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="35"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="26"/>
        <source>Select / move</source>
        <translation>선택 / 이동</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="27"/>
        <source>Booths</source>
        <translation>부스</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="31"/>
        <source>Custom…</source>
        <translation>사용자 지정…</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="33"/>
        <source>Seating</source>
        <translation>좌석</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="34"/>
        <source>Theater block 10 × 14</source>
        <translation>극장식 좌석 블록 10 × 14</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="36"/>
        <source>Areas (click corners or drag a rectangle)</source>
        <translation>구역 (꼭짓점 클릭 또는 사각형 드래그)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="41"/>
        <source>Venue</source>
        <translation>행사장</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="43"/>
        <source>Redraw outline</source>
        <translation>외곽선 다시 그리기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="44"/>
        <source>Column / obstacle</source>
        <translation>기둥 / 장애물</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="45"/>
        <source>Exit door</source>
        <translation>비상구</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="48"/>
        <source>Movable wall</source>
        <translation>가변벽</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="49"/>
        <source>Click to put a movable wall across the room, or drag to set its direction; it runs from wall to wall, or to the first movable wall it meets.</source>
        <translation>클릭하면 방을 가로지르는 가변벽을 놓고, 드래그하면 방향을 정합니다. 가변벽은 벽에서 벽까지, 또는 처음 만나는 가변벽까지 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="68"/>
        <source>Custom booth</source>
        <translation>사용자 지정 부스</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="68"/>
        <source>Width × depth in metres (e.g. 4 x 5):</source>
        <translation>폭 × 깊이, 단위 m (예: 4 x 5):</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="76"/>
        <source>Give two sizes between 0.5 and 200 m, like 4 x 5.</source>
        <translation>0.5–200 m 사이의 두 치수를 4 x 5처럼 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="12"/>
        <source>3 × 3 m</source>
        <translation>3 × 3 m</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="12"/>
        <source>3 × 6 m</source>
        <translation>3 × 6 m</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="12"/>
        <source>6 × 6 m island</source>
        <translation>6 × 6 m 독립형</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/docks/palette.py" line="12"/>
        <source>10 × 10 ft</source>
        <translation>10 × 10 ft</translation>
    </message>
</context>
<context>
    <name>SeatingStyle</name>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="41"/>
        <source>Theater rows</source>
        <translation>극장식</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="41"/>
        <source>Classroom tables</source>
        <translation>강의식</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="42"/>
        <source>Banquet rounds</source>
        <translation>연회식 원탁</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="42"/>
        <source>Cabaret (facing the stage)</source>
        <translation>카바레식 (무대 방향)</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="29"/>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="37"/>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="42"/>
        <source>Seating blocks</source>
        <translation>좌석 블록</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="45"/>
        <source>A room</source>
        <translation>룸</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="46"/>
        <source>No seats: everyone stands</source>
        <translation>좌석 없음: 모두 입석</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/session_dialog.py" line="51"/>
        <source>%n seats</source>
        <translation>
            <numerusform>%n석</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="62"/>
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="63"/>
        <source>Name (Korean)</source>
        <translation>이름 (한국어)</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="64"/>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="65"/>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="66"/>
        <source>Expected audience</source>
        <translation>예상 인원</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="67"/>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="69"/>
        <source>Room</source>
        <translation>룸</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="70"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="95"/>
        <source>Give the session a name.</source>
        <translation>세션 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/session_dialog.py" line="97"/>
        <source>The session must end after it starts.</source>
        <translation>세션 종료 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="10"/>
        <source>Available</source>
        <translation>예약 가능</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="10"/>
        <source>Reserved</source>
        <translation>가계약</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="11"/>
        <source>Sold</source>
        <translation>판매 완료</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/names.py" line="11"/>
        <source>Blocked</source>
        <translation>사용 불가</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="119"/>
        <source>booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="119"/>
        <source>seating block</source>
        <translation>좌석 블록</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="120"/>
        <source>area</source>
        <translation>구역</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="120"/>
        <source>exhibitor</source>
        <translation>참가사</translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/messages.py" line="125"/>
        <source>%n booths</source>
        <translation>
            <numerusform>부스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/messages.py" line="125"/>
        <source>%n seating blocks</source>
        <translation>
            <numerusform>좌석 블록 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/messages.py" line="126"/>
        <source>%n areas</source>
        <translation>
            <numerusform>구역 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/messages.py" line="126"/>
        <source>%n exhibitors</source>
        <translation>
            <numerusform>참가사 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../boothplanner/ui/messages.py" line="127"/>
        <source>%n items</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="134"/>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="134"/>
        <source>Rotate %1</source>
        <translation>%1 회전</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="134"/>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="135"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="135"/>
        <source>Duplicate %1</source>
        <translation>%1 복제</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="135"/>
        <source>Paste %1</source>
        <translation>%1 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="136"/>
        <source>Resize %1</source>
        <translation>%1 크기 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="136"/>
        <source>Align %1</source>
        <translation>%1 정렬</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="136"/>
        <source>Distribute %1</source>
        <translation>%1 분배</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="137"/>
        <source>Assign exhibitor to %1</source>
        <translation>%1에 참가사 배정</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="137"/>
        <source>Unassign %1</source>
        <translation>%1 배정 해제</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="138"/>
        <source>Set status of %1</source>
        <translation>%1 상태 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="138"/>
        <source>Renumber %1</source>
        <translation>%1 번호 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="139"/>
        <source>Rename %1</source>
        <translation>%1 이름 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="139"/>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="139"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="145"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="145"/>
        <source>Resize</source>
        <translation>크기 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="145"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="146"/>
        <source>Rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="146"/>
        <source>Renumber</source>
        <translation>번호 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="146"/>
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="147"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="148"/>
        <source>Add exit</source>
        <translation>비상구 추가</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="148"/>
        <source>Add obstacle</source>
        <translation>장애물 추가</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="149"/>
        <source>Add fire equipment</source>
        <translation>소방 설비 추가</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="149"/>
        <source>Edit venue outline</source>
        <translation>행사장 외곽선 편집</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="150"/>
        <source>Delete venue items</source>
        <translation>행사장 요소 삭제</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="150"/>
        <source>Move venue items</source>
        <translation>행사장 요소 이동</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="151"/>
        <source>Edit exhibitor</source>
        <translation>참가사 편집</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="151"/>
        <source>Rename exit</source>
        <translation>비상구 이름 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="152"/>
        <source>Resize exit</source>
        <translation>비상구 폭 변경</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="153"/>
        <source>Close partition</source>
        <translation>가변벽 닫기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="153"/>
        <source>Open partition</source>
        <translation>가변벽 열기</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="154"/>
        <source>Mark as entrance</source>
        <translation>입구로 지정</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="154"/>
        <source>Mark as exit only</source>
        <translation>출구 전용으로 지정</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="155"/>
        <source>Set north</source>
        <translation>북쪽 방향 설정</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="155"/>
        <source>Add movable wall</source>
        <translation>가변벽 추가</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="156"/>
        <source>Add session</source>
        <translation>세션 추가</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="156"/>
        <source>Edit session</source>
        <translation>세션 편집</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="157"/>
        <source>Remove session</source>
        <translation>세션 제거</translation>
    </message>
    <message>
        <location filename="../../boothplanner/ui/messages.py" line="171"/>
        <source>Remove exhibitor %1</source>
        <translation>참가사 %1 삭제</translation>
    </message>
</context>
</TS>
