package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Common Chinese family names, simplified and traditional. Four characters on a line of their own are far more
 * often a phrase ("会议议程", "活动安排") than a name, so they are taken for a writer's name only when they begin
 * with a family name; two and three characters may be a pen name and are not checked.
 */
final class Surnames {

    private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
            + "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
            + "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车"
            + "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞"
            + "敖巩明佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜阚花权强帅屠"
            + "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭"
            + "况宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅利呼居揭干但尉冶斯束檀衣信展阴昝智幸奉植衡富尧风"
            // Traditional forms of the names above that are written differently.
            + "陳楊黃趙吳劉張孫馬鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閻龍賀顧龔萬錢嚴湯溫莊聶魯顏關蘭鄔許羅蔣鄺閔紀雲饒賴駱藍塗鮑華喬齊龐聞歐";
    private static final Set<String> COMPOUND = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方",
            "慕容", "令狐", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "夏侯", "端木", "司徒", "长孙", "長孫", "宇文", "轩辕",
            "軒轅", "申屠", "澹台", "澹臺", "呼延", "闻人", "聞人", "南宫", "南宮", "西门", "西門", "独孤", "獨孤");

    private Surnames() {
    }

    /**
     * Names printed without a space between them ("王小川程晓李青山") split into names of three or two characters,
     * each beginning with a family name, three-character names first; the run as it is when no such split exists.
     */
    static String split(String run) {
        List<String> names = new ArrayList<>();
        return splitFrom(run, 0, names) ? String.join(" ", names) : run;
    }

    private static boolean splitFrom(String run, int at, List<String> names) {
        if (at == run.length()) {
            return true;
        }
        for (int length = 3; length >= 2; length--) {
            if (at + length <= run.length() && SINGLE.indexOf(run.charAt(at)) >= 0) {
                names.add(run.substring(at, at + length));
                if (splitFrom(run, at + length, names)) {
                    return true;
                }
                names.remove(names.size() - 1);
            }
        }
        return false;
    }

    /** Whether a name of up to four characters could be a person's: a four-character one must begin with a family name. */
    static boolean couldBePersonalName(String name) {
        if (name.contains("·") || name.length() < 4) {
            return true;
        }
        if (name.length() > 4) {
            return false;
        }
        if (name.length() >= 3 && COMPOUND.contains(name.substring(0, 2))) {
            return true;
        }
        return SINGLE.indexOf(name.charAt(0)) >= 0;
    }
}
