from mailbot.cli import main

main()
