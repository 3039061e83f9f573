"""The yardstick for start-up: a bare PySide6 QMainWindow with four empty tabs."""

import sys
import time

T0 = time.perf_counter()
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Kế hoạch", "Băng rôn - Khẩu hiệu", "Hội nghị - Tập huấn", "Báo cáo kết quả"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.show()
QTimer.singleShot(0, lambda: (print(f"ready {int((time.perf_counter() - T0) * 1000)}"), app.quit()))
app.exec()
