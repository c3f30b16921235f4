package io.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
  private final BoilerplateFilter filter = BoilerplateFilter.fromResources();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "شارك بتعليقك", "شاهد أيضا", "اقرأ أيضاً:", "مقالات ذات صلة", "اشتراك في القائمة البريدية",
        "إشترك بالقائمة البريدية لكواليس اليوم لتتوصل بكل الجديد عبر البريد الإلكتروني", "زر الذهاب إلى الأعلى",
        "العودة إلى الأعلى", "+ الخط -", "#دينامية #الشراكة #المغربية", "https://www.example.com/a/b?c=d",
        "الكلمات المفتاحية:", "الوسوم: المغرب، الإرهاب", "المساهمون", "بقلم: محمد علي", "تابعونا على فيسبوك",
        "جميع الحقوق محفوظة © 2023", "فيسبوك | تويتر | واتساب", "***", "طباعة"
      })
  void furnitureLinesAreRecognised(String line) {
    assertThat(filter.isBoilerplate(TextNormalizer.normalize(line))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "شارك المغرب في التحالف الدولي لمحاربة داعش منذ تأسيسه.",
        "تابعت الأجهزة الأمنية المشتبه به على مدى أشهر.",
        "كتب الرئيس رسالة إلى نظيره الأمريكي يشكره فيها على التعاون.",
        "شريك موثوق",
        "1– دعم جهود مكافحة الإرهاب في كلا البلدين: تبادل المغرب وأمريكا معلومات.",
        "لقاء بين حموشي وراي في المغرب (تويتر)",
        "العودة إلى البلاد تمت بعد انتهاء التحقيقات مع المشتبه بهم في القضية."
      })
  void realTextIsKept(String line) {
    assertThat(filter.isBoilerplate(TextNormalizer.normalize(line))).isFalse();
  }
}
