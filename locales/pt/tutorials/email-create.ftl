# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/email-create.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: criar um endereço de e-mail. Uma frase por linha.

email-create-title = Criar um endereço de e-mail

email-create-1-title = Escolher um serviço de e-mail
email-create-1-text =
    Um endereço de e-mail serve para receber e enviar mensagens pela internet.
    Serviços como Gmail, Outlook ou laposte.net dão endereços de e-mail gratuitos.
    Escolha só um destes serviços.
    Vá ao site desse serviço.
email-create-1-image = Uma caixa do correio.
email-create-1-caution =
    Criar um endereço nestes serviços é gratuito.
    Não pague nada por isso.

email-create-2-title = Começar a criar o endereço
email-create-2-text =
    No site, toque no botão «Créer un compte» (criar uma conta).
    O nome do botão pode mudar um pouco de site para site.
    O site faz-lhe perguntas, uma a uma.
    Por exemplo: o nome próprio, o apelido e a data de nascimento.
email-create-2-image = Uma pessoa com um sinal mais.
email-create-2-tip =
    Tenha o seu telemóvel perto de si.
    O site pode enviar-lhe um código.

email-create-3-title = Perceber um endereço de e-mail
email-create-3-text =
    Um endereço de e-mail escreve-se todo junto, sem espaços.
    Tem sempre o sinal @, que se diz «arroba» («arobase» em francês).
    Depois do @, vem o nome do serviço, por exemplo gmail.com.
email-create-3-image = O sinal arroba: @.

email-create-3b-title = Escolher o seu endereço
email-create-3b-text =
    Antes do @, escreva por exemplo o nome próprio, um ponto e o apelido.
    Escreva sem acentos: «joao» em vez de «joão».
    Escolha um endereço sério, para a Caf (abonos de família) ou para um patrão.
    Para praticar, escreva aqui um endereço.
email-create-3b-image = Um teclado com letras.
email-create-3b-tip = Se o endereço já estiver ocupado, junte um algarismo no fim do seu nome.

email-create-4-title = Escolher uma palavra-passe
email-create-4-text =
    O site pede-lhe uma palavra-passe.
    É o seu código secreto para abrir a sua caixa de e-mail.
    Escolha uma palavra-passe com pelo menos 12 letras, algarismos ou sinais.
    Uma pequena frase fácil de lembrar é uma boa ideia.
    Escreva-a num papel e guarde esse papel em sua casa.
email-create-4-image = Estrelas escondem uma palavra-passe.
email-create-4-caution = Nunca dê esta palavra-passe a ninguém.

email-create-5-title = Dar um número de telemóvel de recuperação
email-create-5-text =
    Muitas vezes, o site pede-lhe um número de telemóvel.
    Este número serve se se esquecer da sua palavra-passe.
    O site envia então um código por SMS, uma mensagem escrita no telemóvel.
    Dê o número do seu próprio telemóvel.
email-create-5-image = Um telemóvel que recebe uma mensagem.
email-create-5-tip = Se mudar de número, mude-o também na sua conta de e-mail.

email-create-6-title = Muito bem!
email-create-6-text =
    Já sabe criar um endereço de e-mail, passo a passo.
    Sabe escolher um serviço gratuito, um endereço e uma palavra-passe.
    Escreva o seu endereço de e-mail num papel para o dar facilmente.
email-create-6-image = Uma mão com o polegar para cima.
email-create-6-caution =
    Abra muitas vezes a sua caixa de e-mail.
    Senão, o serviço pode apagar as suas mensagens e depois fechar o seu endereço.
    No laposte.net, as mensagens podem ser apagadas após 4 meses sem visitas.
