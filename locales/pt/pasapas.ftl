# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/pasapas.ftl).
# Draft: to be reviewed by a native speaker.
# Regras: uma ideia por frase, palavras simples, sem abreviaturas, 15 palavras no máximo por frase.

## Aplicação

app-title = Pas à pas

## Entrada no terminal (ecrã de boas-vindas)

welcome-title = Boas-vindas
welcome-touch = Toque na sua língua para começar.
welcome-choose = Escolha a sua língua.
welcome-languages = As línguas do terminal
welcome-forget = O terminal esquece tudo quando se for embora.
language-not-loaded = Esta língua não está pronta. Toque noutra língua ou pergunte no balcão de atendimento.

## Ecrã principal

home-title = O que quer fazer?
home-intro = Toque num botão grande.
home-help = Como usar o terminal
home-agent = Também pode pedir ajuda a um funcionário.

## Ajuda: como usar o terminal

help-title = Como usar o terminal
help-tap = Toque num botão só uma vez.
help-home = O botão «{ toolbar-home }» volta ao início.
help-back = O botão «{ toolbar-back }» volta ao ecrã anterior.
help-language = O botão «{ toolbar-language }» muda a língua.
help-text-size = O botão «{ toolbar-text-size }» aumenta as letras.
help-contrast = O botão «{ toolbar-contrast }» torna o ecrã mais fácil de ver.
help-read-aloud = O botão «{ toolbar-read-aloud }» lê cada ecrã.
help-repeat = O botão «{ toolbar-repeat }» lê este ecrã outra vez.
help-finish = O botão «{ toolbar-finish }» apaga tudo para a pessoa seguinte.
help-more = Com letras muito grandes, alguns botões ficam guardados. O botão «{ toolbar-more }» mostra-os.
help-forget = { $minutes ->
    [one] Se não tocar no ecrã durante { $minutes } minuto, o terminal apaga tudo.
   *[other] Se não tocar no ecrã durante { $minutes } minutos, o terminal apaga tudo.
}

## Barra de botões, no cimo de cada ecrã

toolbar-label = Os botões do terminal
toolbar-home = Início
toolbar-back = Voltar
toolbar-language = Língua
toolbar-text-size = Tamanho do texto
toolbar-text-size-state = { $percent ->
    [150] Grande
    [200] Muito grande
   *[other] Normal
}
toolbar-contrast = Contraste forte
toolbar-read-aloud = Ler em voz alta
toolbar-repeat = Ouvir o ecrã
toolbar-finish = Terminei
toolbar-more = Mais botões

## Escolha da língua

language-title = Escolha a sua língua
dialog-close = Fechar

## Terminei: apagar tudo

finish-title = Terminou?
finish-erase = O terminal vai apagar tudo.
finish-next = A pessoa seguinte não vai ver nada.
finish-confirm = Sim, apagar tudo
finish-cancel = Não, quero continuar

## Ninguém toca no ecrã

idle-title = Ainda está aí?
idle-touch = Toque no ecrã para continuar.
idle-countdown = { $seconds ->
    [0] O terminal vai apagar tudo agora.
    [one] O terminal apaga tudo daqui a { $seconds } segundo.
   *[other] O terminal apaga tudo daqui a { $seconds } segundos.
}
idle-continue = Quero continuar

## Leitura em voz alta

speech-no-voice = Este terminal não consegue ler em voz alta nesta língua.

## O terminal reinicia depois de um problema

restart-title = O terminal está a reiniciar.
restart-wait = Espere um pouco.
safe-title = O terminal está avariado.
safe-line = Peça ajuda no balcão de atendimento.
safe-agent = Para o funcionário: o terminal parou várias vezes seguidas. Volta a tentar sozinho. Se a avaria continuar, reinicie o PC e avise a equipa técnica. Erro:
safe-retry = Próxima tentativa às { $time }.

## Ecrã desconhecido

notfound-title = Este ecrã não existe.
notfound-home = Voltar ao ecrã principal

## Aprender passo a passo: a lista

home-tutorials = Aprender passo a passo
tutorials-title = Aprender passo a passo
tutorials-intro = Escolha o que quer aprender.
tutorials-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
theme-prendre-en-main-du-materiel = Usar um aparelho
theme-navigation-sur-internet = Ir à internet
theme-email = Os e-mails
theme-prevention-en-securite-numerique = Proteger-se
theme-aide-aux-demarches-administratives = Tratar de assuntos na internet
theme-sante = A saúde
theme-insertion-professionnelle = O trabalho
theme-reseaux-sociaux-communication = Falar com a família e os amigos

## Aprender passo a passo: um passo

step-progress = Passo { $step } de { $total }
step-nav-label = Mudar de passo
step-previous = Anterior
step-next = Seguinte
step-repeat = Ouvir outra vez
step-tip = Conselho:
step-caution = Atenção:
step-stuck = Não consegue avançar? Peça ajuda no balcão de atendimento.
step-done = Terminou.
step-print = Imprimir estes passos
step-list = Ver tudo o que pode aprender
step-unknown = Esta página não existe.

## Folha para levar

sheet-shown = Aqui está a sua folha.
sheet-no-paper = Não há papel? Mostre este ecrã a um funcionário do balcão de atendimento.
sheet-date = Impresso em { $date }.
sheet-help = Precisa de ajuda? A Solidarité Numérique responde por telefone no 01 70 772 372.
roads-title = Sem internet, também é possível.
sheet-cautions = Atenção:

## Teclado do ecrã

keyboard-label = Teclado
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = q w e r t y u i o p
keyboard-row-3 = a s d f g h j k l
keyboard-row-4 = z x c v b n m @ . - _
keyboard-space = Espaço
keyboard-erase = Apagar

## Praticar

practice-title = Pratique aqui
practice-nothing-kept = Aqui é só para praticar. Nada é enviado, nada é guardado.
practice-email-label = Endereço de e-mail para praticar
practice-email-hint = Por exemplo: marie.dupont@exemple.fr
practice-email-empty = Toque nas letras para escrever.
practice-email-space = Um endereço de e-mail não tem espaços.
practice-email-missing-at = Falta o sinal @.
practice-email-bad-at = Escreva o seu nome e depois um só sinal @.
practice-email-missing-dot = Depois do sinal @, escreva por exemplo exemple.fr
practice-email-good = Muito bem! Este endereço está bem escrito.
practice-fc-choose = Escolha uma conta para praticar:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = Para praticar, escreva o identificador { $identifier } e a palavra-passe { $password }.
practice-fc-identifier = Identificador
practice-fc-password = Palavra-passe
practice-fc-show = Ver a palavra-passe
practice-fc-connect = Entrar
practice-fc-wrong = Ainda não está certo. Veja o exemplo.
practice-fc-good = Muito bem! Entrou na sua conta.
practice-attach-to = Para:
practice-attach-address = mairie@exemple.fr
practice-attach-message = Bom dia, aqui está o meu documento.
practice-attach-button = Anexar um ficheiro
practice-attach-gallery = As suas fotos:
practice-attach-photo-bill = Foto de uma fatura
practice-attach-photo-certificate = Foto de um atestado
practice-attach-photo-id = Foto de um cartão de identidade
practice-attach-attached = Ficheiro anexado: { $name }
practice-attach-send = Enviar
practice-attach-need = Primeiro, toque em «Anexar um ficheiro».
practice-attach-sent = Muito bem! A mensagem foi enviada com a foto.
practice-scam-real = Mensagem verdadeira
practice-scam-scam = Burla
practice-scam-right = Resposta certa!
practice-scam-wrong = Não é isso.
practice-scam-score = { $right ->
    [0] Não tem nenhuma resposta certa em { $total }.
    [one] Tem { $right } resposta certa em { $total }.
   *[other] Tem { $right } respostas certas em { $total }.
}
practice-scam-1-from = Mensagem SMS de: 06 12 34 56 78
practice-scam-1-text = A sua encomenda está bloqueada. Pague 1,99 euros em colis-suivi-livraison.info
practice-scam-1-why = Uma verdadeira empresa de entregas nunca pede para pagar por um link numa mensagem.
practice-scam-2-from = E-mail de: ameli
practice-scam-2-text = Há um novo documento na sua conta ameli. Vá a ameli.fr para o ler.
practice-scam-2-why = Esta mensagem não pede nada. Só lhe diz para ir por si ao site verdadeiro.
practice-scam-3-from = E-mail de: carte-vitale-service@gmail.com
practice-scam-3-text = A sua carte Vitale (cartão de saúde) expira amanhã. Dê o seu cartão bancário para a manter.
practice-scam-3-why = A carte Vitale é gratuita. A Assurance Maladie (seguro de saúde) nunca pede o seu cartão bancário.

## Subir e descer

scroll-label = Mover o ecrã
scroll-up = Subir
scroll-down = Descer

## Encontrar ajuda perto daqui

home-near = Encontrar ajuda perto daqui
near-title = Encontrar ajuda perto daqui
near-intro = Aqui estão locais onde pode ter ajuda. Os locais abertos agora aparecem primeiro.
near-loading = A lista de locais está a chegar.
near-unavailable = A lista de locais não está disponível. Pergunte no balcão de atendimento.
near-none = Não temos nenhum local perto daqui. Pergunte no balcão de atendimento.
near-place-helps = Este local pode ajudar com:
place-phone = Telefone:
place-open = Aberto agora.
place-open-until = Aberto agora, até às { $time }.
place-opens = Fechado agora. Abre { $day } às { $time }.
place-opens-today = Fechado agora. Abre hoje às { $time }.
place-opens-tomorrow = Fechado agora. Abre amanhã às { $time }.
place-hours-unknown = Horário: telefone antes de ir.
place-itinerant = Local itinerante. Vem em certos dias. Telefone antes.
place-access-referral = A pedido de um assistente social
place-access-booking = Com marcação, feita na internet
place-access-mail = Envie um e-mail antes de vir
place-access-phone = Telefone antes de vir
place-access-walk-in = Sem marcação

## As ajudas propostas

orientation-get-equipped-title = Ter um telemóvel ou um computador barato
orientation-do-it-with-a-professional-title = Tratar do seu assunto com um profissional
orientation-do-it-for-me-title = Alguém pode tratar do assunto por si
orientation-learn-the-basics-title = Aprender o básico, passo a passo
orientation-learn-online-procedures-title = Aprender a tratar dos seus assuntos na internet
orientation-protect-yourself-title = Aprender a proteger-se das burlas
orientation-employment-title = Procurar emprego com a internet
orientation-go-on-alone-title = Continuar sem ajuda, com um computador
orientation-talk-to-someone-title = Falar com uma pessoa
orientation-other-procedure-title = Os espaços France Services ajudam nos seus outros assuntos

## O que já sei fazer no digital (questionário)

home-assessment = Ver o que já sei fazer no digital
assessment-title = Ver o que já sei fazer no digital
assessment-progress = Pergunta { $number }
assessment-few-left = Faltam só algumas perguntas.
assessment-last = Esta é a última pergunta.
assessment-next = Seguinte
assessment-skip = Não quero responder
assessment-several = Pode tocar em várias respostas.
assessment-answer-alone = Sim, sem ajuda
assessment-answer-with-help = Com ajuda
assessment-answer-no = Não
assessment-answer-dont-understand = Não percebo a pergunta
assessment-reading = Ler francês é fácil para si?
assessment-reading-easy = É fácil
assessment-reading-hard = É difícil
assessment-reading-no = Não leio francês
assessment-equipment = O que tem em casa?
assessment-equipment-smartphone = Um telemóvel com ecrã tátil
assessment-equipment-basic-phone = Um telemóvel só para telefonar
assessment-equipment-computer = Um computador
assessment-equipment-tablet = Um tablet
assessment-equipment-none = Nada disto
assessment-internet = Tem internet em casa?
assessment-internet-yes = Sim
assessment-internet-phone-only = Só no meu telemóvel
assessment-internet-no = Não
assessment-email = Tem um endereço de e-mail que sabe abrir?
assessment-email-yes = Sim
assessment-email-forgotten = Tenho um, mas já não o sei abrir
assessment-email-no = Não, não tenho
assessment-goal = O que quer fazer?
assessment-goal-caf = A Caf (abonos de família)
assessment-goal-health = A saúde, ameli (seguro de saúde)
assessment-goal-taxes = Os impostos
assessment-goal-job = O emprego, France Travail (centro de emprego)
assessment-goal-papers = Os papéis: cartão de identidade, carta de condução, documento do carro
assessment-goal-housing = A habitação
assessment-goal-pension = A reforma
assessment-goal-residence-permit = Um título de residência
assessment-goal-school = A escola dos filhos
assessment-goal-keep-in-touch = Falar com a minha família
assessment-goal-learn-basics = Aprender o básico
assessment-goal-something-else = Outra coisa
assessment-switch-on = Sei ligar um telemóvel ou um computador.
assessment-unlock = Sei desbloquear o meu telemóvel com o meu código.
assessment-touch-keyboard = Sei tocar no ecrã, ou usar o rato e o teclado.
assessment-wifi = Sei ligar-me ao Wi-Fi.
assessment-open-website = Sei ir a um site da internet, por exemplo caf.fr.
assessment-official-site = Sei reconhecer um site oficial.
assessment-read-email = Sei ler os meus e-mails.
assessment-send-attachment = Sei enviar um e-mail com uma foto ou um documento.
assessment-passwords = Sei encontrar as minhas palavras-passe.
assessment-passwords-secret = Guardo as minhas palavras-passe só para mim.
assessment-franceconnect = Sei entrar com o FranceConnect.
assessment-fill-form = Sei preencher um formulário na internet até ao fim.
assessment-scan-send = Sei tirar uma foto a um papel.
assessment-recognise-scam = Sei reconhecer uma mensagem falsa.
assessment-preference = Como gosta de aprender ou de ter ajuda?
assessment-preference-alone = Sem ajuda, com um computador
assessment-preference-beside-me = Com uma pessoa ao meu lado
assessment-preference-workshop = Num grupo, numa aula
assessment-preference-for-me = Uma pessoa trata do assunto por mim
assessment-trusted-person = Às vezes, alguém de confiança dá-lhe ajuda? Por exemplo, a sua família ou um vizinho.
assessment-trusted-person-yes = Sim
assessment-trusted-person-no = Não, ninguém
assessment-age = Que idade tem?
assessment-age-under-25 = Menos de 25 anos
assessment-age-25-59 = De 25 a 59 anos
assessment-age-60-74 = De 60 a 74 anos
assessment-age-75-plus = 75 anos ou mais
assessment-disability = O local tem de estar adaptado para si?
assessment-disability-deafness = Não ouço bem
assessment-disability-low-vision = Não vejo bem
assessment-disability-motor = Tenho dificuldade em mexer-me
assessment-disability-cognitive = Tenho dificuldade em perceber ou em lembrar-me

## O resultado

result-title = O seu resultado
result-part = Página { $number } de { $total }
result-nav-label = Mudar de página
result-keep = Para guardar
result-profile-discovering = Estou a começar
result-profile-with-help = Consigo com ajuda
result-profile-almost-autonomous = Já consigo fazer quase tudo sem ajuda
result-profile-intro = Isto não é uma nota. Serve para encontrar a ajuda certa.
result-stars = { $stars ->
    [0] { $stars } estrelas em 3
    [one] { $stars } estrela em 3
   *[other] { $stars } estrelas em 3
}
result-not-assessed = Não houve perguntas sobre isto. Vamos falar disso consigo.
result-group-basics = O básico
result-group-communicating = Comunicar
result-group-procedures-and-safety = Os assuntos na internet e a segurança
result-help = A ajuda certa para si
result-ask = Peça:
result-documents = Traga:
result-places = Onde ir:
result-no-place = Pergunte no balcão de atendimento onde deve ir.
result-tutorials = Para aprender aqui, no terminal:
result-again = Recomeçar o questionário
orientation-get-equipped-ask = Um telemóvel ou um computador recondicionado, e internet a preço baixo.
orientation-do-it-with-a-professional-ask = Uma marcação num espaço France Services. Um profissional trata do assunto consigo.
orientation-do-it-for-me-ask = Uma pessoa da Aidants Connect trata do assunto por si, com o seu acordo.
orientation-learn-the-basics-ask = Uma aula para principiantes, com um conselheiro digital.
orientation-learn-online-procedures-ask = Um acompanhamento para aprender a tratar dos seus assuntos na internet.
orientation-protect-yourself-ask = Uma aula sobre a segurança e as burlas.
orientation-employment-ask = Uma ajuda para procurar emprego com a internet.
orientation-go-on-alone-ask = Um computador para si, sem marcação. E outras coisas para aprender neste terminal.
orientation-talk-to-someone-ask = Diga o que quer fazer. Uma pessoa vai procurar consigo a ajuda certa.
orientation-other-procedure-ask = Por exemplo, a reforma, a habitação ou um título de residência. Peça uma marcação.
orientation-documents-caf = O número de segurança social, uma caixa de e-mail que sabe abrir, o telemóvel.
orientation-documents-health = A sua carte Vitale (cartão de saúde). Uma caixa de e-mail que sabe abrir, e o seu telemóvel.
orientation-documents-taxes = O seu último «avis d'impôt» (carta dos impostos) e a sua última declaração. Uma caixa de e-mail que sabe abrir, e o seu telemóvel.
orientation-documents-job = O seu identificador France Travail, os seus recibos de vencimento, o seu telemóvel.
orientation-documents-papers = O seu cartão antigo ou a sua carta de condução. Uma fatura com a sua morada (água, eletricidade, telefone). Uma foto tipo passe.

## O talão

ticket-print = Imprimir o meu talão
ticket-shown = Aqui está o seu talão.
ticket-logins = Onde guardo os meus identificadores
ticket-logins-advice = Escreva aqui onde os guarda. Nunca escreva uma palavra-passe neste talão.
ticket-helpline = A Solidarité Numérique dá ajuda por telefone no 01 70 772 372.
ticket-place-again = Ver acima.
ticket-place-updated = Informações de { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = De { $first } a { $last }: { $hours }
ticket-place-hours = Horário:
ticket-lacks = Falta-me:
ticket-goal = Motivo da minha visita:
orientation-lacks-home-internet = Internet em casa (só tenho internet no telemóvel).
orientation-lacks-internet = Internet em casa.
orientation-lacks-device = Um aparelho: telemóvel, computador ou tablet.
orientation-lacks-smartphone = Um telemóvel com internet (tenho um telemóvel só para telefonar).
orientation-lacks-email = Um endereço de e-mail.
orientation-lacks-email-access = O acesso ao meu endereço de e-mail.
orientation-lacks-trusted-person = Uma pessoa para me ajudar em casa.
orientation-lacks-reading = Saber ler francês.
ticket-qr = Este quadrado preto e branco ajuda o funcionário. Não tem o seu nome.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, talão { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = Peça um Pass numérique no balcão de atendimento. Serve para pagar aulas.
result-pass-numerique = A câmara municipal dá vales chamados Pass numérique. Servem para pagar aulas. Peça no balcão de atendimento.
sheet-qr = Este quadrado preto e branco abre estes passos num telemóvel.

## O modo funcionário

agent-title = Modo funcionário
agent-loading = A carregar…
agent-pin-label = Escreva o seu código.
agent-pin-typed = { $count ->
    [0] Nenhum algarismo escrito.
    [one] { $count } algarismo escrito.
   *[other] { $count } algarismos escritos.
}
agent-pin-erase = Apagar
agent-pin-open = Abrir
agent-pin-too-short = { $max ->
    [one] O código tem de { $min } a { $max } algarismo.
   *[other] O código tem de { $min } a { $max } algarismos.
}
agent-pin-checking = A verificar o código…
agent-pin-wrong = { $left ->
    [0] Código errado. O modo funcionário fica bloqueado durante 1 minuto.
    [one] Código errado. Resta { $left } tentativa antes do bloqueio.
   *[other] Código errado. Restam { $left } tentativas antes do bloqueio.
}
agent-locked = Demasiados códigos errados. O modo funcionário está bloqueado. Tente de novo daqui a { $minutes ->
        [0] { $minutes } minutos
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e { $seconds ->
        [0] { $seconds } segundos.
        [one] { $seconds } segundo.
       *[other] { $seconds } segundos.
    }
agent-no-pin = O modo funcionário está fechado: não há nenhum código definido.
agent-no-pin-how = A pessoa que instala o terminal cria o código com o comando «cargo xtask hash-pin». Depois copia o resultado para o ficheiro de configuração, na secção [agent].
agent-leave = Voltar ao ecrã inicial
agent-bar-label = Modo funcionário
agent-bar-closes = Fecha-se sozinho às { $time }.
agent-quit = Sair do modo funcionário
agent-dashboard-title = O que quer fazer?
agent-launch-title = Abrir um tutorial para uma pessoa
agent-launch-intro = Na língua da pessoa, no passo certo. Ou imprimir a folha dela.
agent-launch-which = Que tutorial?
agent-launch-language = Em que língua?
agent-launch-step = Em que passo?
agent-launch-step-before = Passo anterior
agent-launch-step-after = Passo seguinte
agent-launch-start = Abrir para a pessoa
agent-status-title = O terminal: ficheiros, impressora e vozes
agent-status-intro = Configuração, lista de locais, talão de teste.
agent-stats-title = Os números do terminal
agent-stats-intro = Anónimos, por dia. Tabela, gráficos, exportação CSV.

## Os ficheiros do terminal (ecrã do funcionário e comando check-config)

report-config-title = O ficheiro de configuração
report-config-ok = Ficheiro lido. Nenhum problema.
report-config-problems = { $count ->
    [one] Ficheiro lido com { $count } problema. O terminal usa a definição por defeito no seu lugar:
   *[other] Ficheiro lido com { $count } problemas. O terminal usa as definições por defeito no seu lugar:
}
report-config-missing = Ficheiro em falta (erro { $status }). O terminal usa as definições por defeito.
report-config-unreachable = Ficheiro inacessível: o servidor não responde. O terminal usa as definições por defeito.
config-problem-syntax = Linha { $line }: o ficheiro está mal escrito aqui. Detalhe: { $detail }
config-problem-unknown-setting = Linha { $line }: «{ $setting }» não é uma definição conhecida. É ignorada. Verifique a ortografia.
config-problem-wrong-type = Linha { $line }: «{ $setting }» tem de ser { $expected ->
    [text] um texto entre aspas
    [number] um número
    [whole-number] um número inteiro
    [yes-no] true (sim) ou false (não)
    [list] uma lista entre parênteses retos
   *[table] uma secção entre parênteses retos
}.
config-problem-out-of-range = Linha { $line }: «{ $setting }» tem de estar entre { $min } e { $max }.
config-problem-not-allowed = Linha { $line }: «{ $setting }» vale { $value }. Valores possíveis: { $allowed }.
config-problem-unknown-language = Linha { $line }: «{ $setting }»: a língua «{ $value }» não existe no terminal. Línguas possíveis: { $known }.
config-problem-default-not-enabled = Linha { $line }: a língua por defeito «{ $value }» também tem de estar em «languages.enabled».
config-problem-half-coordinates = Linha { $line }: «{ $setting }» está em falta. Indique a latitude e a longitude, ou nenhuma das duas.
config-problem-bad-address = Linha { $line }: «{ $setting }» vale «{ $value }». Escreva um caminho que comece por / ou um endereço https://.
config-problem-empty-text = Linha { $line }: «{ $setting }» está vazio.
config-problem-bad-pin-hash = Linha { $line }: «{ $setting }» não é um código cifrado por «cargo xtask hash-pin». O modo funcionário continua fechado.
config-problem-format-version = Linha { $line }: format_version vale { $found }. Este terminal lê a versão { $expected }.
config-problem-no-format-version = Linha { $line }: acrescente «format_version = 1» no início do ficheiro.
config-problem-too-large = O ficheiro tem { $size } KB. O terminal lê no máximo { $limit } KB. Não é lido: as definições por defeito estão em uso.
check-config-web = { $address }: um endereço na internet. Verifique-o no ecrã do funcionário do terminal.
check-config-problems = { $count ->
    [0] Nenhum problema para corrigir.
    [one] { $count } problema para corrigir.
   *[other] { $count } problemas para corrigir.
}
report-places-title = A lista de locais
report-places-kept = { $count ->
    [0] Nenhum local guardado.
    [one] { $count } local guardado.
   *[other] { $count } locais guardados.
}
report-places-skipped = { $count ->
    [0] Nenhuma linha posta de parte.
    [one] { $count } linha posta de parte, porque não segue o esquema nacional.
   *[other] { $count } linhas postas de parte, porque não seguem o esquema nacional.
}
report-places-closed = { $count ->
    [0] Nenhum local fechado ao público.
    [one] { $count } local não recebe público: não é mostrado.
   *[other] { $count } locais não recebem público: não são mostrados.
}
report-places-lines = Linhas postas de parte: { $lines }.
report-places-column = Coluna «{ $column }»: { $count ->
    [one] { $count } linha.
   *[other] { $count } linhas.
}
report-places-check = O comando «cargo xtask check-config» dá o detalhe de cada linha.
report-places-missing = Ficheiro em falta (erro { $status }). As pessoas são enviadas para o balcão de atendimento.
report-places-unreachable = Ficheiro inacessível: o servidor não responde. As pessoas são enviadas para o balcão de atendimento.
report-places-reader-failed = Ficheiro não lido: o leitor de locais do terminal não funcionou. As pessoas são enviadas para o balcão de atendimento. Detalhe: { $detail }
report-places-unreadable = Ficheiro ilegível: a primeira linha tem de dar as colunas do esquema nacional.
report-places-too-large = Ficheiro demasiado grande: { $size } KB. O terminal lê no máximo { $limit } KB. Guarde só os locais do seu território.
report-places-semicolons = As colunas estão separadas por «;», como o Excel as grava. O ficheiro é lido na mesma.
report-places-windows-1252 = O ficheiro não está em UTF-8. É lido em Windows-1252, como o Excel o grava. Grave-o em «CSV UTF-8».
report-places-hours = { $count ->
    [one] { $count } local tem horários para verificar: { $names }. O terminal não encontra quando abre nos próximos 7 dias.
   *[other] { $count } locais têm horários para verificar: { $names }. O terminal não encontra quando abrem nos próximos 7 dias.
}
report-places-not-csv = Ficheiro ilegível: a primeira linha não é uma linha de títulos CSV. Detalhe: { $detail }
report-places-missing-columns = Ficheiro ilegível: faltam colunas obrigatórias na primeira linha. Acrescente: { $columns }.
report-places-rows-not-read = { $count ->
    [one] { $count } linha não pode ser lida.
   *[other] { $count } linhas não podem ser lidas.
}
report-places-row-empty = Linha { $line }: a coluna «{ $column }» está vazia. É obrigatória.
report-places-row-pivot = Linha { $line }: «pivot» vale «{ $value }». Escreva o número SIRET (14 carateres) ou SIREN (9 carateres).
report-places-row-postcode = Linha { $line }: «code_postal» vale «{ $value }». Escreva 5 algarismos.
report-places-row-date = Linha { $line }: «date_maj» vale «{ $value }». Escreva a data assim: 2024-03-31.
report-places-row-phone = Linha { $line }: «telephone» vale «{ $value }». Escreva o número com o indicativo do país, assim: +33123456789.
report-places-row-coordinates = Linha { $line }: «latitude» vale «{ $latitude }» e «longitude» vale «{ $longitude }». Não são coordenadas.
report-places-row-unknown-value = Linha { $line }: «{ $column }» contém «{ $value }». Este valor não está no esquema nacional.
report-places-row-not-read = Linha { $line }: a linha não pode ser lida. Detalhe: { $detail }
report-places-hours-unreadable = Os horários de «{ $name }» não podem ser lidos. Detalhe: { $detail }

## O terminal sem rede (ecrã do funcionário)

report-offline-title = O terminal sem rede
report-offline-online = Rede: com ligação neste momento.
report-offline-offline = Rede: sem ligação neste momento.
report-offline-version = Versão do terminal:
report-offline-ready = Todos os ficheiros do terminal estão guardados. Arranca mesmo sem rede.
report-offline-update-coming = Está a chegar uma nova versão. Será instalada entre duas pessoas.
report-offline-update-waiting = Uma nova versão está pronta. Será instalada entre duas pessoas.
report-offline-not-yet = O terminal está a guardar os seus ficheiros. Sem rede, ainda não consegue arrancar.
report-offline-unsupported = Este navegador não guarda os ficheiros. Sem rede, o terminal não arranca.
report-origin-server = Cópia usada: a do servidor, lida em { $date }.
report-origin-kept = Cópia usada: a que o terminal guardou em { $date }.
report-server-missing = O servidor não tem este ficheiro (erro { $status }).
report-server-unreachable = O servidor não responde.
report-server-damaged = O ficheiro do servidor está danificado. O terminal não o usa.
report-voices-title = As vozes
report-voices-intro = Cada língua é lida com a sua própria voz. Toque em «Ouvir» para a ouvir.
report-voices-found = Voz: { $name }
report-voices-none = Não há voz para esta língua. O terminal avisa as pessoas.
report-voices-listen = Ouvir
report-printer-title = A impressora
report-printer-intro = Papel definido: { $width } mm. Imprima um talão de teste para verificar.
test-ticket-print = Imprimir um talão de teste
test-ticket-title = Talão de teste
test-ticket-width = Largura do papel: { $width } mm.
test-ticket-works = Está a ler este talão: a impressora funciona.

## Os números (ecrã do funcionário)

stats-anonymous = Estes números são anónimos. Contam por dia, nunca por pessoa.
stats-corrupt = Os números antigos estavam danificados. Foram postos de parte. A contagem recomeçou.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = O valor guardado não é JSON. Detalhe: { $detail }
stats-corrupt-not-object = O valor guardado é { $found ->
    [null] vazio (null)
    [boolean] um sim ou não
    [number] um número
    [string] um texto
   *[array] uma lista
}. É preciso um objeto JSON.
stats-corrupt-format-version = O valor guardado tem format_version { $found }. Este terminal lê a versão { $expected }.
stats-corrupt-shape = O valor guardado não tem a forma esperada. Detalhe: { $detail }
stats-corrupt-day = O dia «{ $day }» não é uma data verdadeira.
stats-corrupt-kind = No dia { $day }, o valor guardado conta «{ $kind }». O terminal não conta isso.
stats-unreadable = Os números não podem ser lidos neste momento. Continuam guardados. Tente mais tarde.
stats-waiting = Há números à espera de serem arrumados. Serão acrescentados no próximo arranque.
stats-period = Período
stats-last-7 = Últimos 7 dias
stats-last-30 = Últimos 30 dias
stats-visits-per-day = { $days ->
    [one] Visitas por dia, em { $days } dia
   *[other] Visitas por dia, em { $days } dias
}
stats-totals = { $days ->
    [one] Todos os números, em { $days } dia
   *[other] Todos os números, em { $days } dias
}
stats-column-day = Dia
stats-column-count = Número
stats-column-what = O quê
stats-column-theme = Tema
stats-nothing-yet = Nada por agora.
stats-detail-language-chosen = Línguas escolhidas
stats-detail-assessment-completed = Perfis no fim do questionário
stats-detail-card-issued = Ajudas propostas
stats-detail-tutorial-started = Tutoriais começados
stats-detail-tutorial-completed = Tutoriais terminados
stats-detail-themes = Tutoriais por tema
stats-kind-session-started = Visitas
stats-kind-language-chosen = Línguas escolhidas
stats-kind-assessment-started = Questionários começados
stats-kind-assessment-completed = Questionários terminados
stats-kind-card-issued = Ajudas propostas
stats-kind-tutorial-started = Tutoriais começados
stats-kind-tutorial-completed = Tutoriais terminados
stats-kind-ticket-printed = Talões impressos
stats-kind-sheet-printed = Folhas impressas
stats-kind-idle-reset = Tudo apagado porque ninguém tocou no ecrã
stats-kind-finish-and-erase = «Terminei»: tudo apagado
stats-kind-panic-recovered = Reinícios depois de um erro
stats-kind-agent-locked = Bloqueios do modo funcionário após 5 códigos errados
theme-unknown = Aprendizagem retirada do terminal
stats-download = Descarregar os números (CSV)
stats-erase = Apagar os números
stats-erase-title = Apagar todos os números?
stats-erase-warning = Todos os dias vão ser apagados. Não é possível voltar atrás.
stats-erase-cancel = Não, guardar
stats-erase-confirm = Sim, apagar tudo
