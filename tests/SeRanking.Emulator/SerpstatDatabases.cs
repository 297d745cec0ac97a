using System;
using System.Collections.Generic;

namespace SeRanking.Emulator;

/// <summary>Serpstat's database codes (the <c>se</c> parameter, reference §5): 231 Google countries and bing_us.</summary>
internal static class SerpstatDatabases
{
    public static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "g_af", "g_al", "g_dz", "g_as", "g_ad", "g_ao", "g_ai", "g_ag", "g_ar", "g_am", "g_aw", "g_au", "g_at", "g_az", "g_bh", "g_bd",
        "g_bb", "g_by", "g_be", "g_bz", "g_bj", "g_bm", "g_bt", "g_bo", "g_ba", "g_bw", "g_br", "g_io", "g_vg", "g_bn", "g_bg", "g_bf",
        "g_bi", "g_kh", "g_cm", "g_ca", "g_cv", "g_ky", "g_cf", "g_td", "g_cl", "g_cn", "g_cx", "g_cc", "g_co", "g_km", "g_ck", "g_cr",
        "g_ci", "g_hr", "g_cw", "g_cy", "g_cz", "g_cd", "g_dk", "g_dj", "g_dm", "g_do", "g_ec", "g_eg", "g_sv", "g_gq", "g_er", "g_ee",
        "g_et", "g_fk", "g_fo", "g_fm", "g_fj", "g_fi", "g_fr", "g_gf", "g_pf", "g_ga", "g_ge", "g_de", "g_gh", "g_gi", "g_gr", "g_gl",
        "g_gd", "g_gp", "g_gu", "g_gt", "g_gg", "g_gn", "g_gw", "g_gy", "g_ht", "g_hn", "g_hk", "g_hu", "g_is", "g_in", "g_id", "g_iq",
        "g_ie", "g_im", "g_il", "g_it", "g_jm", "g_jp", "g_je", "g_jo", "g_kz", "g_ke", "g_ki", "g_kw", "g_kg", "g_la", "g_lv", "g_lb",
        "g_ls", "g_lr", "g_ly", "g_li", "g_lt", "g_lu", "g_mo", "g_mk", "g_mg", "g_mw", "g_my", "g_mv", "g_ml", "g_mt", "g_mh", "g_mq",
        "g_mr", "g_mu", "g_yt", "g_mx", "g_md", "g_mc", "g_mn", "g_me", "g_ms", "g_ma", "g_mz", "g_mm", "g_na", "g_nr", "g_np", "g_nl",
        "g_nc", "g_nz", "g_ni", "g_ne", "g_ng", "g_nu", "g_nf", "g_mp", "g_no", "g_om", "g_pk", "g_pw", "g_ps", "g_pa", "g_pg", "g_py",
        "g_pe", "g_ph", "g_pn", "g_pl", "g_pt", "g_pr", "g_qa", "g_cg", "g_re", "g_ro", "g_ru", "g_rw", "g_sh", "g_kn", "g_lc", "g_pm",
        "g_vc", "g_ws", "g_sm", "g_st", "g_sa", "g_sn", "g_rs", "g_sc", "g_sl", "g_sg", "g_sx", "g_sk", "g_si", "g_sb", "g_so", "g_za",
        "g_kr", "g_es", "g_lk", "g_sr", "g_sz", "g_se", "g_ch", "g_tw", "g_tj", "g_tz", "g_th", "g_bs", "g_gm", "g_tl", "g_tg", "g_tk",
        "g_to", "g_tt", "g_tn", "g_tr", "g_tm", "g_tc", "g_tv", "g_vi", "g_ug", "g_ua", "g_ae", "g_uk", "g_us", "g_uy", "g_uz", "g_vu",
        "g_va", "g_ve", "g_vn", "g_wf", "g_ye", "g_zm", "g_zw", "bing_us",
    };

    /// <summary>Some databases with their country and Google domain, for per-database rows.</summary>
    public static readonly (string Code, string Country, string Google)[] Major =
    [
        ("g_us", "United States", "google.com"), ("g_uk", "United Kingdom", "google.co.uk"), ("g_de", "Germany", "google.de"),
        ("g_fr", "France", "google.fr"), ("g_es", "Spain", "google.es"), ("g_it", "Italy", "google.it"), ("g_ca", "Canada", "google.ca"),
        ("g_au", "Australia", "google.com.au"), ("g_br", "Brazil", "google.com.br"), ("g_in", "India", "google.co.in"),
        ("g_nl", "Netherlands", "google.nl"), ("g_pl", "Poland", "google.pl"), ("g_ua", "Ukraine", "google.com.ua"),
        ("g_mx", "Mexico", "google.com.mx"), ("g_jp", "Japan", "google.co.jp"), ("g_se", "Sweden", "google.se"),
        ("g_tr", "Turkey", "google.com.tr"), ("g_ch", "Switzerland", "google.ch"), ("g_at", "Austria", "google.at"), ("bing_us", "United States", "bing.com"),
    ];
}
